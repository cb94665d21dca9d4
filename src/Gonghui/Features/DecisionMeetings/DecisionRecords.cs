using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DecisionMeetings;

public sealed record DecisionMeetingInput(long? UnionId, DecisionMeetingKind? Kind, DateOnly? HeldOn, [property: MaxLength(200)] string? Title, [property: MaxLength(2000)] string? Attendees, [property: MaxLength(4000)] string? Agenda, [property: MaxLength(4000)] string? Decisions, long? Version);

public sealed record ResearchRef(long Id, string Title, DateOnly ConductedOn);

public sealed record DecisionMeetingDto(long Id, long UnionId, string UnionName, DecisionMeetingKind Kind, DateOnly HeldOn, string Title, string Attendees, string Agenda,
    string Decisions, IReadOnlyList<ResearchRef> Research, long Version);

public sealed record DecisionResearchInput(long? UnionId, [property: MaxLength(200)] string? Title, DateOnly? ConductedOn, [property: MaxLength(200)] string? Method, [property: MaxLength(8000)] string? Findings, long? DecisionMeetingId, long? Version);

public sealed record DecisionResearchDto(long Id, long UnionId, string UnionName, string Title, DateOnly ConductedOn, string Method, string Findings,
    long? DecisionMeetingId, string? DecisionMeetingTitle, long Version);

/// <summary>
/// What the decision-meeting and research use cases share: the union check, reading back, finding for writing. Both
/// kinds of record are a union's own (its scope).
/// </summary>
public sealed class DecisionRecords(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    /// <summary>The union's path when it exists (a validation error otherwise).</summary>
    public async Task<string?> UnionPathAsync(long? unionId, ValidationErrors e, CancellationToken ct) => (await db.CheckUnionAsync(unionId, e, t, ct))?.Path;

    public async Task<Outcome<DecisionMeeting>> FindMeetingAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<DecisionMeeting>().IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new { Record = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Record : Outcome.Forbidden;
    }

    public async Task<Outcome<DecisionResearch>> FindResearchAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<DecisionResearch>().IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new { Record = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Record : Outcome.Forbidden;
    }

    public bool CanWrite(string path) => actor.CanWriteRegistryUnder(path);

    public void CheckMeeting(DecisionMeetingInput input, ValidationErrors e, DecisionMeeting target)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Meeting.KindRequired"]);
        }

        if (input.HeldOn is not { } on || on > LocalizationSetup.Today || on.Year < 2000)
        {
            e.Add("heldOn", t["Bargaining.DateInvalid"]);
        }

        var title = e.Required(t, "title", input.Title, 200, "Common.TitleRequired");
        var attendees = e.Required(t, "attendees", input.Attendees, 2000, "Meeting.AttendeesRequired");
        var agenda = e.Required(t, "agenda", input.Agenda, 4000, "Meeting.AgendaRequired");
        var decisions = e.Optional(t, "decisions", input.Decisions, 4000) ?? "";
        if (e.Any)
        {
            return;
        }

        target.Kind = input.Kind!.Value;
        target.HeldOn = input.HeldOn!.Value;
        target.Title = title!;
        target.Attendees = attendees!;
        target.Agenda = agenda!;
        target.Decisions = decisions;
    }

    /// <summary>Checks the research; the meeting it informed must be the same union's and come after it.</summary>
    public async Task CheckResearchAsync(DecisionResearchInput input, long unionId, ValidationErrors e, DecisionResearch target, CancellationToken ct)
    {
        var title = e.Required(t, "title", input.Title, 200, "Common.TitleRequired");
        if (input.ConductedOn is not { } on || on > LocalizationSetup.Today || on.Year < 2000)
        {
            e.Add("conductedOn", t["Bargaining.DateInvalid"]);
        }

        var method = e.Required(t, "method", input.Method, 200, "Meeting.MethodRequired");
        var findings = e.Required(t, "findings", input.Findings, 8000, "Meeting.FindingsRequired");
        if (input.DecisionMeetingId is long meetingId)
        {
            var meeting = await db.Set<DecisionMeeting>().IgnoreQueryFilters().Where(m => m.Id == meetingId).Select(m => new { m.UnionId, m.HeldOn }).FirstOrDefaultAsync(ct);
            if (meeting is null || meeting.UnionId != unionId)
            {
                e.Add("decisionMeetingId", t["Meeting.DecisionMissing"]);
            }
            else if (input.ConductedOn > meeting.HeldOn)
            {
                e.Add("decisionMeetingId", t["Meeting.ResearchAfterDecision"]);
            }
        }

        if (e.Any)
        {
            return;
        }

        target.Title = title!;
        target.ConductedOn = input.ConductedOn!.Value;
        target.Method = method!;
        target.Findings = findings!;
        target.DecisionMeetingId = input.DecisionMeetingId;
    }

    public async Task<DecisionMeetingDto?> ReadMeetingAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<DecisionMeeting>().IgnoreQueryFilters() : db.Set<DecisionMeeting>();
        var m = await query.AsNoTracking().Where(x => x.Id == id).Select(x => new { Meeting = x, x.Union!.Name }).FirstOrDefaultAsync(ct);
        if (m is null)
        {
            return null;
        }

        var research = await db.Set<DecisionResearch>().IgnoreQueryFilters().AsNoTracking().Where(r => r.DecisionMeetingId == id).OrderBy(r => r.ConductedOn)
            .Select(r => new ResearchRef(r.Id, r.Title, r.ConductedOn)).ToListAsync(ct);
        var x = m.Meeting;
        return new DecisionMeetingDto(x.Id, x.UnionId, m.Name, x.Kind, x.HeldOn, x.Title, x.Attendees, x.Agenda, x.Decisions, research, x.Version);
    }

    public Task<DecisionResearchDto?> ReadResearchAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<DecisionResearch>().IgnoreQueryFilters() : db.Set<DecisionResearch>();
        return query.AsNoTracking().Where(r => r.Id == id).Select(ResearchDto).FirstOrDefaultAsync(ct);
    }

    public static readonly System.Linq.Expressions.Expression<Func<DecisionResearch, DecisionResearchDto>> ResearchDto =
        r => new DecisionResearchDto(r.Id, r.UnionId, r.Union!.Name, r.Title, r.ConductedOn, r.Method, r.Findings, r.DecisionMeetingId,
            r.DecisionMeeting != null ? r.DecisionMeeting.Title : null, r.Version);
}
