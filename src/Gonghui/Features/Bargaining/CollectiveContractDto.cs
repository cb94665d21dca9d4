using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Bargaining;

public sealed record CoveredEnterpriseDto(long Id, string Name, int? Employees);

/// <param name="Findings">Limits of L8 the clause goes beyond.</param>
public sealed record ClauseDto(long Id, ClauseTopic Topic, string Text, decimal? DailyHours, decimal? WeeklyHours, decimal? DailyOvertimeLimit, decimal? MonthlyOvertimeLimit, int? LeaveDays, IReadOnlyList<WorkingHoursFinding> Findings);

public sealed record WageStandardDto(long Id, string JobType, decimal MinimumMonthlyWage, decimal? AnnualIncreasePercent, bool BelowMinimumWage);

public sealed record CollectiveContractDto(
    long Id,
    long UnionId,
    string UnionName,
    long? NegotiationId,
    ContractKind Kind,
    string Title,
    CounterpartyKind CounterpartyKind,
    long? AssociationId,
    long? EnterpriseId,
    string CounterpartyName,
    DateOnly StartOn,
    DateOnly EndOn,
    DateOnly RenewalOpensOn,
    ContractTermVerdict Term,
    ContractStatus Status,
    DateOnly? SignedOn,
    string? UnionChief,
    string? EmployerChief,
    DateOnly? FiledOn,
    DeadlineVerdict? FilingDeadline,
    DateOnly? ReceivedOn,
    DateOnly? ObjectionOn,
    string? ObjectionReason,
    DateOnly? ObjectionResolvedOn,
    DateOnly? EffectiveOn,
    IReadOnlyList<CoveredEnterpriseDto> Enterprises,
    int? WorkersCoveredEntered,
    int WorkersCovered,
    IReadOnlyList<ClauseTopic> TopicsCovered,
    IReadOnlyList<ClauseDto> Clauses,
    IReadOnlyList<WageStandardDto> WageStandards,
    decimal MinimumMonthlyWage,
    IReadOnlyList<DocumentDto> Documents,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>A line of the contracts list.</summary>
public sealed record CollectiveContractRow(long Id, long UnionId, string UnionName, ContractKind Kind, string Title, DateOnly StartOn, DateOnly EndOn, DateOnly? SignedOn, DateOnly? FiledOn, DateOnly? EffectiveOn, ContractStatus Status, int Enterprises);

public sealed class ContractReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district)
{
    /// <summary>
    /// The contract, or why not: 404 when missing, 403 outside the actor's scope. Its content (covered enterprises, clauses,
    /// wage standards: thousands of rows for an industry contract) only when the write replaces or removes it.
    /// </summary>
    public async Task<Outcome<CollectiveContract>> FindWritableAsync(long id, bool withContent, CancellationToken ct)
    {
        var contracts = db.Set<CollectiveContract>().IgnoreQueryFilters();
        if (withContent)
        {
            contracts = contracts.Include(c => c.Enterprises).Include(c => c.Clauses).Include(c => c.WageStandards).AsSplitQuery();
        }

        var found = await contracts.Where(c => c.Id == id).Select(c => new { Contract = c, c.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Contract : Outcome.Forbidden;
    }

    /// <summary>A lifecycle step (signing, filing, objections): the contract without its content.</summary>
    public Task<Outcome<CollectiveContractDto>> StepAsync(long id, long? version, Func<CollectiveContract, Task<Outcome?>> step, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, (i, c) => FindWritableAsync(i, false, c), step, ReadWrittenAsync, ct);

    /// <summary>A change of the content, loaded to be replaced.</summary>
    public Task<Outcome<CollectiveContractDto>> EditAsync(long id, long? version, Func<CollectiveContract, Task<Outcome?>> edit, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, (i, c) => FindWritableAsync(i, true, c), edit, ReadWrittenAsync, ct);

    public Task<Outcome<CollectiveContractDto>> StepAsync(long id, long? version, Func<CollectiveContract, Outcome?> step, CancellationToken ct) =>
        StepAsync(id, version, c => Task.FromResult(step(c)), ct);

    /// <summary>The contract as its union's staff see it; null outside the actor's scope.</summary>
    public async Task<CollectiveContractDto?> ReadAsync(long id, CancellationToken ct)
    {
        var c = await db.Set<CollectiveContract>().AsNoTracking()
            .Include(x => x.Union).Include(x => x.Clauses).Include(x => x.WageStandards).Include(x => x.Enterprises).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        var today = LocalizationSetup.Today;
        var ids = c.Enterprises.Select(x => x.EnterpriseId).ToList();
        var enterprises = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.Name).Select(e => new CoveredEnterpriseDto(e.Id, e.Name, e.Employees)).ToListAsync(ct);
        var negotiationId = await db.Set<Negotiation>().IgnoreQueryFilters().Where(n => n.ContractId == id).Select(n => (long?)n.Id).FirstOrDefaultAsync(ct);
        var counterparty = await NegotiationReader.CounterpartyNameAsync(db, c.AssociationId, c.EnterpriseId, ct);
        var term = district.Get<BargainingSettings>().Term(c.StartOn, c.EndOn);
        return new CollectiveContractDto(
            c.Id, c.UnionId, c.Union!.Name, negotiationId, c.Kind, c.Title, c.CounterpartyKind, c.AssociationId, c.EnterpriseId, counterparty,
            c.StartOn, c.EndOn, term.RenewalOpensOn, term, c.StatusOn(today),
            c.SignedOn, c.UnionChief, c.EmployerChief, c.FiledOn,
            c.SignedOn is { } signed ? FilingDeadlineRule.Evaluate(signed, c.FiledOn, today, district.Calendar(), district.Get<BargainingSettings>().FilingDays) : null,
            c.ReceivedOn, c.ObjectionOn, c.ObjectionReason, c.ObjectionResolvedOn, c.EffectiveOn,
            enterprises, c.WorkersCovered, c.WorkersCovered ?? enterprises.Sum(e => e.Employees ?? 0),
            c.Clauses.Select(x => x.Topic).Distinct().Order().ToList(),
            c.Clauses.OrderBy(x => x.Topic).ThenBy(x => x.Id).Select(x => new ClauseDto(
                x.Id, x.Topic, x.Text, x.DailyHours, x.WeeklyHours, x.DailyOvertimeLimit, x.MonthlyOvertimeLimit, x.LeaveDays,
                WorkingHoursRule.Evaluate(x.DailyHours, x.WeeklyHours, x.DailyOvertimeLimit, x.MonthlyOvertimeLimit, district.Get<BargainingSettings>().WorkingHours).Findings)).ToList(),
            c.WageStandards.OrderBy(x => x.JobType).Select(x => new WageStandardDto(x.Id, x.JobType, x.MinimumMonthlyWage, x.AnnualIncreasePercent, x.MinimumMonthlyWage < district.Get<BargainingSettings>().MinimumMonthlyWage)).ToList(),
            district.Get<BargainingSettings>().MinimumMonthlyWage, await RecordDocuments.ListAsync(db, ContractDocuments.Owner, c.Id, ct), c.Version, c.CreatedAt, c.UpdatedAt);
    }

    public async Task<CollectiveContractDto> ReadWrittenAsync(long id, CancellationToken ct) => (await ReadAsync(id, ct))!;

    /// <summary>
    /// L6: from when the contract is in effect, as far as the records tell: the day after the objection period when no
    /// objection came in time, the day a timely objection was resolved, or not yet.
    /// </summary>
    internal void DeriveEffectiveOn(CollectiveContract c) =>
        c.EffectiveOn = c.ReceivedOn is { } received
            ? EffectiveDateRule.Evaluate(received, c.ObjectionOn, c.ObjectionResolvedOn, district.Calendar(), district.Get<BargainingSettings>().ObjectionDays).EffectiveOn
            : null;
}
