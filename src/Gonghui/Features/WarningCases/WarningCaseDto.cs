using Gonghui.Infrastructure.Settings;
using System.Linq.Expressions;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>Where a case's report to one recipient stands against the level's limit.</summary>
public sealed record ReportingDto(ReportRecipient Recipient, DateTime DueAt, DateTime? ReportedAt, bool Overdue);

/// <summary>A step of the case's timeline: <c>opened</c>, <c>signal</c>, <c>level</c>, <c>report</c>, <c>mediation</c>, <c>closed</c>; what it was in <c>Kind</c>.</summary>
public sealed record TimelineEntry(DateTime At, string Step, string? Kind, string? Text);

public sealed record SignalDto(long Id, SignalKind Kind, DateOnly ObservedOn, int WorkersInvolved, string Description, int? LaidOff, int? Workforce,
    DateOnly? NoticeGivenOn, DateOnly? EffectiveOn, bool? NoticeMet, long? WorkforceReportId);

public sealed record MediationDto(long Id, DateOnly HeldOn, string Mediator, string Parties, MediationOutcome Outcome, string? Note);

public sealed record WarningCaseDto(
    long Id, long UnionId, string UnionName, long? EnterpriseId, string? EnterpriseName, string Title, string Summary, int WorkersInvolved,
    WarningLevel Level, WarningLevel ComputedLevel, DateTime LevelSince, DateTime OpenedAt, WarningCaseStatus Status, DateOnly? ClosedOn,
    MediationOutcome? Outcome, string? ReviewNote, IReadOnlyList<ReportingDto> Reporting, IReadOnlyList<SignalDto> Signals,
    IReadOnlyList<MediationDto> Mediations, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<DocumentDto> Documents, long Version);

/// <summary>Finds, reads and levels cases for the module's use cases.</summary>
public sealed class WarningCaseReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>The case with everything under it, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<WarningCase>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<WarningCase>().IgnoreQueryFilters().Include(c => c.Signals).Include(c => c.LevelChanges).Include(c => c.Reports)
            .Include(c => c.Mediations).AsSplitQuery().Where(c => c.Id == id).Select(c => new { Case = c, c.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Case : Outcome.Forbidden;
    }

    /// <summary>An open case, for steps that only an open case takes.</summary>
    public async Task<Outcome<WarningCase>> FindOpenAsync(long id, CancellationToken ct)
    {
        var found = await FindWritableAsync(id, ct);
        return found.IsOk && found.Value!.Status == WarningCaseStatus.Closed ? Outcome.Conflict(t["Warning.Closed"]) : found;
    }

    public Task<Outcome<WarningCaseDto>> StepAsync(long id, long? version, Func<WarningCase, Outcome?> step, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, FindOpenAsync, c => Task.FromResult(step(c)), async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    public async Task<WarningCaseDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = db.Set<WarningCase>().AsNoTracking();
        if (ignoreScope)
        {
            query = query.IgnoreQueryFilters();
        }

        var c = await query.Include(x => x.Union).Include(x => x.Enterprise).Include(x => x.Signals).Include(x => x.LevelChanges)
            .Include(x => x.Reports).Include(x => x.Mediations).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : ToDto(c, await RecordDocuments.ListAsync(db, WarningCaseDocuments.Owner, c.Id, ct));
    }

    private WarningCaseDto ToDto(WarningCase c, IReadOnlyList<DocumentDto> documents)
    {
        // Entries in the order they were recorded: a mediation or a closing has only a date, which would sort it
        // before the same day's reports.
        var timeline = new List<(DateTime Recorded, TimelineEntry Entry)> { (c.OpenedAt, new(c.OpenedAt, "opened", null, c.Title)) };
        timeline.AddRange(c.Signals.Select(s => (s.CreatedAt, new TimelineEntry(s.CreatedAt, "signal", EnumText.Of(s.Kind), s.Description))));
        timeline.AddRange(c.LevelChanges.Select(l => (l.At, new TimelineEntry(l.At, "level", $"{l.From}→{l.To}", l.Reason))));
        timeline.AddRange(c.Reports.Select(r => (r.ReportedAt, new TimelineEntry(r.ReportedAt, "report", EnumText.Of(r.Recipient), r.ReceivedBy))));
        timeline.AddRange(c.Mediations.Select(m => (m.RecordedAt, new TimelineEntry(Day(m.HeldOn), "mediation", EnumText.Of(m.Outcome), m.Mediator))));
        if (c.ClosedOn is { } closed)
        {
            timeline.Add((DateTime.MaxValue, new TimelineEntry(Day(closed), "closed", c.Outcome is { } o ? EnumText.Of(o) : null, c.ReviewNote)));
        }

        return new WarningCaseDto(c.Id, c.UnionId, c.Union!.Name, c.EnterpriseId, c.Enterprise?.Name, c.Title, c.Summary, c.WorkersInvolved, c.Level,
            Computed(c).Level, c.LevelSince, c.OpenedAt, c.Status, c.ClosedOn, c.Outcome, c.ReviewNote, Reporting(c),
            c.Signals.OrderBy(s => s.ObservedOn).Select(s => new SignalDto(s.Id, s.Kind, s.ObservedOn, s.WorkersInvolved, s.Description, s.LaidOff, s.Workforce,
                s.NoticeGivenOn, s.EffectiveOn, s.NoticeMet, s.WorkforceReportId)).ToList(),
            c.Mediations.OrderBy(m => m.HeldOn).Select(m => new MediationDto(m.Id, m.HeldOn, m.Mediator, m.Parties, m.Outcome, m.Note)).ToList(),
            timeline.OrderBy(e => e.Recorded).Select(e => e.Entry).ToList(), documents, c.Version);
    }

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>R15 for each recipient: due by the first clock of the levels the case has held to run out; the first report to each counts.</summary>
    public IReadOnlyList<ReportingDto> Reporting(WarningCase c)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var levels = ReportingDeadlineRule.History(c.Level, c.OpenedAt, c.LevelChanges.Select(l => (l.At, l.From, l.To)));
        return Enum.GetValues<ReportRecipient>().Select(recipient =>
        {
            var reportedAt = c.Reports.Where(r => r.Recipient == recipient).Select(r => (DateTime?)r.ReportedAt).Min();
            var verdict = ReportingDeadlineRule.Evaluate(levels, reportedAt, now, district.Get<WarningSettings>().ReportingLimit);
            return new ReportingDto(recipient, verdict.DueAt, reportedAt, verdict.Overdue);
        }).ToList();
    }

    public WarningLevelVerdict Computed(WarningCase c) =>
        district.Get<WarningSettings>().Levels.Evaluate(c.WorkersInvolved, c.Signals.Where(s => s.Kind != SignalKind.Layoff || s.LaidOff is null || district.Get<WarningSettings>().Layoff(s.LaidOff.Value, s.Workforce ?? 0, s.NoticeGivenOn!.Value, s.EffectiveOn!.Value).Covered)
            .Select(s => s.Kind.ToString()));

    /// <summary>
    /// Adds a signal and moves the case to the level its facts now call for, when that is more severe (a level never
    /// falls by itself: staff closing the case is how it ends).
    /// </summary>
    public void Feed(WarningCase c, WarningSignal signal)
    {
        // A case's first signal is what opened it, when the union learnt of it.
        signal.CreatedAt = c.Id == 0 ? c.OpenedAt : clock.GetUtcNow().UtcDateTime;
        c.Signals.Add(signal);
        c.WorkersInvolved = Math.Max(c.WorkersInvolved, signal.WorkersInvolved);
        var computed = Computed(c).Level;
        if (c.Id == 0)
        {
            c.Level = computed;
            return;
        }

        if (computed < c.Level)
        {
            ChangeLevel(c, computed, t["Warning.LevelBySignal"]);
        }
    }

    public void ChangeLevel(WarningCase c, WarningLevel to, string reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        c.LevelChanges.Add(new WarningLevelChange { At = now, From = c.Level, To = to, Reason = reason, ByName = actor.UserName ?? "" });
        c.Level = to;
        c.LevelSince = now;
    }

    /// <summary>Open cases whose report to a recipient is past the level's limit, as a query over the current settings.</summary>
    public Expression<Func<WarningCase, bool>> ReportingOverdue()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime Cut(WarningLevel l) => now - district.Get<WarningSettings>().ReportingLimit(l);
        var (i, ii, iii, iv) = (Cut(WarningLevel.I), Cut(WarningLevel.II), Cut(WarningLevel.III), Cut(WarningLevel.IV));
        // The rule's clocks in SQL: the level now from when it was reached, and each earlier level from when it began (the
        // change before it, or the opening); any one run out is overdue (ReportingDeadlineRule).
        return c => c.Status == WarningCaseStatus.Open
            && (c.LevelSince < (c.Level == WarningLevel.I ? i : c.Level == WarningLevel.II ? ii : c.Level == WarningLevel.III ? iii : iv)
                || c.LevelChanges.Any(ch => (c.LevelChanges.Where(p => p.At < ch.At).Max(p => (DateTime?)p.At) ?? c.OpenedAt)
                    < (ch.From == WarningLevel.I ? i : ch.From == WarningLevel.II ? ii : ch.From == WarningLevel.III ? iii : iv)))
            && (!c.Reports.Any(r => r.Recipient == ReportRecipient.DistrictFederation) || !c.Reports.Any(r => r.Recipient == ReportRecipient.LabourDepartment));
    }
}
