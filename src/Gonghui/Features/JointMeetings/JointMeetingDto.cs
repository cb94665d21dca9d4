using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

public sealed record ParticipantDto(ParticipantKind Kind, string Name);

public sealed record ResolutionDto(long Id, string Text, string Owner, DateOnly DueOn, ResolutionStatus Status, DateOnly? DoneOn, string? FollowUp, bool Overdue);

public sealed record JointMeetingDto(long Id, long UnionId, string UnionName, JointMeetingKind Kind, DateOnly HeldOn, string Title, IReadOnlyList<MeetingTopic> Topics,
    string Minutes, IReadOnlyList<ParticipantDto> Participants, IReadOnlyList<ResolutionDto> Resolutions, IReadOnlyList<DocumentDto> Documents, long Version);

/// <summary>The meeting as staff enter it: participants and topics are whole lists.</summary>
public sealed record JointMeetingInput(long? UnionId, JointMeetingKind? Kind, DateOnly? HeldOn, [property: MaxLength(200)] string? Title, IReadOnlyList<MeetingTopic>? Topics,
    [property: MaxLength(8000)] string? Minutes, IReadOnlyList<ParticipantInput>? Participants, long? Version);

public sealed record ParticipantInput(ParticipantKind? Kind, [property: MaxLength(200)] string? Name);

/// <summary>Reads, checks and finds meetings for the module's use cases.</summary>
public sealed class JointMeetingReader(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<JointMeetingDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = db.Set<JointMeeting>().AsNoTracking();
        if (ignoreScope)
        {
            query = query.IgnoreQueryFilters();
        }

        var m = await query.Include(x => x.Union).Include(x => x.Participants).Include(x => x.Resolutions).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return null;
        }

        var today = LocalizationSetup.Today;
        return new JointMeetingDto(m.Id, m.UnionId, m.Union!.Name, m.Kind, m.HeldOn, m.Title, m.Topics, m.Minutes,
            m.Participants.OrderBy(p => p.Kind).ThenBy(p => p.Id).Select(p => new ParticipantDto(p.Kind, p.Name)).ToList(),
            m.Resolutions.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Select(r => new ResolutionDto(r.Id, r.Text, r.Owner, r.DueOn, r.Status, r.DoneOn, r.FollowUp,
                r.Status == ResolutionStatus.Open && r.DueOn < today)).ToList(),
            await RecordDocuments.ListAsync(db, JointMeetingDocuments.Owner, m.Id, ct), m.Version);
    }

    /// <summary>The meeting with its participants and resolutions, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<JointMeeting>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<JointMeeting>().IgnoreQueryFilters().Include(m => m.Participants).Include(m => m.Resolutions).AsSplitQuery()
            .Where(m => m.Id == id).Select(m => new { Meeting = m, m.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Meeting : Outcome.Forbidden;
    }

    public Task<Outcome<JointMeetingDto>> StepAsync(long id, long? version, Func<JointMeeting, Outcome?> step, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, FindWritableAsync, m => Task.FromResult(step(m)), async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    /// <summary>Checks the meeting's fields and applies them when valid (the union is checked by the caller).</summary>
    public bool CheckAndApply(JointMeetingInput input, JointMeeting target, ValidationErrors e)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Meeting.KindRequired"]);
        }

        if (input.HeldOn is not { } on || on > LocalizationSetup.Today.AddYears(1) || on.Year < 2000)
        {
            e.Add("heldOn", t["Bargaining.DateInvalid"]);
        }

        var title = e.Required(t, "title", input.Title, 200, "Common.TitleRequired");
        var topics = (input.Topics ?? []).Distinct().ToList();
        if (topics.Count == 0 || topics.Any(x => !Enum.IsDefined(x)))
        {
            e.Add("topics", t["Meeting.TopicsRequired"]);
        }

        var minutes = e.Optional(t, "minutes", input.Minutes, 8000) ?? "";
        var participants = new List<JointMeetingParticipant>();
        var entries = input.Participants ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Kind is not { } k || !Enum.IsDefined(k))
            {
                e.Add($"participants[{i}].kind", t["Meeting.ParticipantKindRequired"]);
            }

            var name = e.Required(t, $"participants[{i}].name", entries[i].Name, 200, "Meeting.ParticipantRequired");
            if (entries[i].Kind is { } pk && name is not null)
            {
                participants.Add(new JointMeetingParticipant { Kind = pk, Name = name });
            }
        }

        // R11: a meeting with government departments (and associations); a tripartite one has the government side too.
        if (!participants.Any(p => p.Kind == ParticipantKind.GovernmentDepartment))
        {
            e.Add("participants", t["Meeting.GovernmentRequired"]);
        }

        if (e.Any)
        {
            return false;
        }

        target.Kind = input.Kind!.Value;
        target.HeldOn = input.HeldOn!.Value;
        target.Title = title!;
        target.Topics = topics;
        target.Minutes = minutes;
        target.Participants.Clear();
        target.Participants.AddRange(participants);
        return true;
    }
}
