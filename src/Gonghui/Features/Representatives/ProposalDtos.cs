using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gonghui.Features.Congresses;
using Gonghui.Features.Representatives.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Representatives;

public sealed record SessionRef(long Id, int Number, DateOnly HeldOn);

public sealed record ProposerDto(long RepresentativeId, string Name, string Constituency);

/// <param name="OnTime">True answered by the due day, false late or overdue, null not yet due.</param>
public sealed record ProposalRoundDto(int Number, DateOnly StartedOn, AssigneeKind AssigneeKind, string Assignee, DateOnly DueOn, DateOnly? AnsweredOn, string Answer,
    ProposalRating? Rating, DateOnly? RatedOn, string ReopenReason, bool? OnTime);

/// <summary>A proposal as read, with its proposers and every round of its handling.</summary>
/// <param name="Overdue">Its open round is past its due day without an answer.</param>
/// <param name="CanReopen">Rated unsatisfied in its first round: the proposers may have it handled once more.</param>
public sealed record ProposalDto(long Id, long UnionId, string UnionName, long TermId, int TermNumber, long? SessionId, int? SessionNumber, ProposalKind Kind,
    ProposalCategory Category, string Title, string Content, DateOnly SubmittedOn, ProposalStatus Status, DateOnly? ReviewedOn, IReadOnlyList<ProposerDto> Proposers,
    IReadOnlyList<ProposalRoundDto> Rounds, bool Overdue, bool CanReopen, long Version);

/// <param name="Kind">As submitted: a proposal, or from the start a suggestion.</param>
/// <param name="ProposerIds">Representatives of the term serving on the day submitted; the first leads.</param>
public sealed record ProposalInput(long? TermId, long? SessionId, ProposalKind? Kind, ProposalCategory? Category, [property: MaxLength(200)] string? Title,
    [property: MaxLength(4000)] string? Content, DateOnly? SubmittedOn, IReadOnlyList<long>? ProposerIds, long? Version);

/// <summary>The proposals committee's decision: filed as a proposal or turned into a suggestion, and assigned.</summary>
/// <param name="DueOn">The day the answer is due; the district's <c>Proposals:AnswerDays</c> after the review when not given.</param>
public sealed record ProposalReviewInput(ProposalKind? Kind, DateOnly? ReviewedOn, AssigneeKind? AssigneeKind, [property: MaxLength(200)] string? Assignee, DateOnly? DueOn, long? Version);

public sealed record ProposalAnswerInput(DateOnly? AnsweredOn, [property: MaxLength(4000)] string? Answer, long? Version);

public sealed record ProposalRatingInput(ProposalRating? Rating, DateOnly? RatedOn, long? Version);

/// <summary>A proposal rated unsatisfied handled once more, perhaps by someone else; the assignee and due day default to the first round's assignee and the district's days.</summary>
public sealed record ProposalReopenInput(DateOnly? ReopenedOn, [property: MaxLength(500)] string? Reason, AssigneeKind? AssigneeKind, [property: MaxLength(200)] string? Assignee,
    DateOnly? DueOn, long? Version);

/// <summary>Reads, finds and checks proposals for the module's use cases: each step only from the state it follows, each day in order and not after today.</summary>
public sealed class ProposalReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public ProposalSettings Settings => district.Get<ProposalSettings>();

    public async Task<ProposalDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var x = await (ignoreScope ? db.Set<Proposal>().IgnoreQueryFilters() : db.Set<Proposal>()).AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                Proposal = p, UnionName = p.Union!.Name, TermNumber = p.Term!.Number, SessionNumber = p.Session != null ? (int?)p.Session.Number : null,
                Proposers = p.Proposers.OrderBy(r => r.Id).Select(r => new ProposerDto(r.RepresentativeId, r.Representative!.Member!.Name, r.Representative.Constituency)).ToList(),
                Rounds = p.Rounds.OrderBy(r => r.Number).ToList(),
            }).FirstOrDefaultAsync(ct);
        if (x is null)
        {
            return null;
        }

        var today = LocalizationSetup.Today;
        var p = x.Proposal;
        var facts = x.Rounds.Select(Facts).ToList();
        return new ProposalDto(p.Id, p.UnionId, x.UnionName, p.TermId, x.TermNumber, p.SessionId, x.SessionNumber, p.Kind, p.Category, p.Title, p.Content, p.SubmittedOn,
            p.Status, p.ReviewedOn, x.Proposers,
            x.Rounds.Select(r => new ProposalRoundDto(r.Number, r.StartedOn, r.AssigneeKind, r.Assignee, r.DueOn, r.AnsweredOn, r.Answer, r.Rating, r.RatedOn, r.ReopenReason,
                ProposalRule.OnTime(Facts(r), today))).ToList(),
            facts.Count > 0 && ProposalRule.Overdue(facts[^1], today), p.Status == ProposalStatus.Closed && ProposalRule.CanReopen(facts), p.Version);
    }

    /// <summary>The sessions of a term in the actor's scope, for a submission made at one.</summary>
    public Task<List<SessionRef>> SessionsAsync(long termId, CancellationToken ct) =>
        db.Set<CongressSession>().AsNoTracking().Where(s => s.TermId == termId).OrderBy(s => s.Number).Select(s => new SessionRef(s.Id, s.Number, s.HeldOn)).ToListAsync(ct);

    public static ProposalRoundFacts Facts(ProposalRound r) => new(r.DueOn, r.AnsweredOn, r.Rating);

    /// <summary>The proposal with its proposers and rounds, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<Proposal>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<Proposal>().IgnoreQueryFilters().Include(x => x.Proposers).Include(x => x.Rounds).Where(x => x.Id == id)
            .Select(x => new { Proposal = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Proposal : Outcome.Forbidden;
    }

    /// <summary>
    /// Checks a submission and applies it when valid: a term of the union run with permanent representatives (403 outside
    /// the actor's scope), a session of that term if any, the day within the term and not after today, the title and
    /// category, and one to 50 proposers, each a representative of the term serving that day.
    /// </summary>
    public async Task<Outcome?> CheckAndApplyAsync(ProposalInput input, Proposal target, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var term = input.TermId is long termId
            ? await db.Set<CongressTerm>().IgnoreQueryFilters().Where(x => x.Id == termId)
                .Select(x => new { x.Id, x.UnionId, x.Union!.Path, x.PermanentRepresentatives, x.StartsOn, x.EndsOn }).FirstOrDefaultAsync(ct)
            : null;
        if (term is null || (target.Id != 0 && term.Id != target.TermId))
        {
            e.Add("termId", t[target.Id != 0 && term is not null ? "Proposal.TermFixed" : "Representative.TermRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(term.Path))
        {
            return Outcome.Forbidden;
        }
        else if (!term.PermanentRepresentatives)
        {
            e.Add("termId", t["Representative.TermNotPermanent"]);
        }

        if (input.SessionId is long sessionId && term is not null
            && !await db.Set<CongressSession>().IgnoreQueryFilters().AnyAsync(s => s.Id == sessionId && s.TermId == term.Id, ct))
        {
            e.Add("sessionId", t["Proposal.SessionNotOfTerm"]);
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Proposal.KindRequired"]);
        }

        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            e.Add("category", t["Proposal.CategoryRequired"]);
        }

        var title = e.Required(t, "title", input.Title, 200, "Common.TitleRequired");
        var content = e.Optional(t, "content", input.Content, 4000) ?? "";
        var today = LocalizationSetup.Today;
        if (input.SubmittedOn is not { } on || on > today || (term is not null && (on < term.StartsOn || on > term.EndsOn)))
        {
            e.Add("submittedOn", term is null ? t["Proposal.SubmittedOnRequired"] : t["Proposal.SubmittedOnInvalid", Day(term.StartsOn), Day(term.EndsOn)]);
        }

        var ids = (input.ProposerIds ?? []).Distinct().ToList();
        if (ids.Count is 0 or > 50)
        {
            e.Add("proposerIds", t["Proposal.ProposersRequired", 50]);
        }
        else if (term is not null && input.SubmittedOn is { } day)
        {
            var serving = await db.Set<Representative>().IgnoreQueryFilters()
                .Where(r => ids.Contains(r.Id) && r.TermId == term.Id && r.ElectedOn <= day && (r.EndedOn == null || r.EndedOn >= day))
                .Select(r => r.Id).ToListAsync(ct);
            if (serving.Count != ids.Count)
            {
                e.Add("proposerIds", t["Proposal.ProposerNotServing"]);
            }
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.UnionId = term!.UnionId;
        target.TermId = term.Id;
        target.SessionId = input.SessionId;
        target.Kind = input.Kind!.Value;
        target.Category = input.Category!.Value;
        target.Title = title!;
        target.Content = content;
        target.SubmittedOn = input.SubmittedOn!.Value;
        target.Year = target.SubmittedOn.Year;
        var kept = target.Proposers.Where(p => ids.Contains(p.RepresentativeId)).ToList();
        target.Proposers.RemoveAll(p => !ids.Contains(p.RepresentativeId));
        target.Proposers.AddRange(ids.Where(id => kept.All(k => k.RepresentativeId != id)).Select(id => new ProposalProposer { RepresentativeId = id }));
        return null;
    }

    /// <summary>The proposals committee's decision on a submission: its kind, the day (from submission to today), to whom and by when.</summary>
    public Outcome? Review(ProposalReviewInput input, Proposal target)
    {
        if (target.Status != ProposalStatus.Submitted)
        {
            return Outcome.Conflict(t["Proposal.AlreadyReviewed"]);
        }

        var e = ValidationErrors.ForStep(input.Version, t);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Proposal.KindRequired"]);
        }

        var reviewed = Between(e, "reviewedOn", input.ReviewedOn, target.SubmittedOn);
        var round = Assign(e, input.AssigneeKind, input.Assignee, reviewed, input.DueOn);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.Kind = input.Kind!.Value;
        target.ReviewedOn = reviewed;
        round!.Number = 1;
        target.Rounds.Add(round);
        target.Status = ProposalStatus.Assigned;
        return null;
    }

    public Outcome? Answer(ProposalAnswerInput input, Proposal target)
    {
        if (target.Status != ProposalStatus.Assigned)
        {
            return Outcome.Conflict(t["Proposal.NotAssigned"]);
        }

        var e = ValidationErrors.ForStep(input.Version, t);
        var round = target.Rounds.MaxBy(r => r.Number)!;
        var answered = Between(e, "answeredOn", input.AnsweredOn, round.StartedOn);
        var answer = e.Required(t, "answer", input.Answer, 4000, "Proposal.AnswerRequired");
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        round.AnsweredOn = answered;
        round.Answer = answer!;
        target.Status = ProposalStatus.Answered;
        return null;
    }

    public Outcome? Rate(ProposalRatingInput input, Proposal target)
    {
        if (target.Status != ProposalStatus.Answered)
        {
            return Outcome.Conflict(t["Proposal.NotAnswered"]);
        }

        var e = ValidationErrors.ForStep(input.Version, t);
        if (input.Rating is not { } rating || !Enum.IsDefined(rating))
        {
            e.Add("rating", t["Proposal.RatingRequired"]);
        }

        var round = target.Rounds.MaxBy(r => r.Number)!;
        var rated = Between(e, "ratedOn", input.RatedOn, round.AnsweredOn!.Value);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        round.Rating = input.Rating;
        round.RatedOn = rated;
        target.Status = ProposalStatus.Closed;
        return null;
    }

    public Outcome? Reopen(ProposalReopenInput input, Proposal target)
    {
        var rounds = target.Rounds.OrderBy(r => r.Number).ToList();
        if (target.Status != ProposalStatus.Closed || !ProposalRule.CanReopen(rounds.Select(Facts).ToList()))
        {
            return Outcome.Conflict(t["Proposal.CannotReopen", ProposalRule.MaxRounds - 1]);
        }

        var e = ValidationErrors.ForStep(input.Version, t);
        var last = rounds[^1];
        var reopened = Between(e, "reopenedOn", input.ReopenedOn, last.RatedOn!.Value);
        var reason = e.Required(t, "reason", input.Reason, 500, "Proposal.ReopenReasonRequired");
        var round = Assign(e, input.AssigneeKind ?? last.AssigneeKind, string.IsNullOrWhiteSpace(input.Assignee) ? last.Assignee : input.Assignee, reopened, input.DueOn);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        round!.Number = last.Number + 1;
        round.ReopenReason = reason!;
        target.Rounds.Add(round);
        target.Status = ProposalStatus.Assigned;
        return null;
    }

    /// <summary>A step's day: given, not before the step it follows, not after today.</summary>
    private DateOnly? Between(ValidationErrors e, string field, DateOnly? day, DateOnly after)
    {
        if (day is not { } d || d < after || d > LocalizationSetup.Today)
        {
            e.Add(field, t["Proposal.DayInvalid", Day(after)]);
            return null;
        }

        return d;
    }

    private ProposalRound? Assign(ValidationErrors e, AssigneeKind? kind, string? assignee, DateOnly? startedOn, DateOnly? dueOn)
    {
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            e.Add("assigneeKind", t["Proposal.AssigneeKindRequired"]);
        }

        var name = e.Required(t, "assignee", assignee, 200, "Proposal.AssigneeRequired");
        if (startedOn is not { } start)
        {
            return null;
        }

        var due = dueOn ?? start.AddDays(Settings.AnswerDays);
        if (due < start || due > start.AddYears(1))
        {
            e.Add("dueOn", t["Proposal.DueOnInvalid", Day(start)]);
        }

        return e.Any ? null : new ProposalRound { StartedOn = start, AssigneeKind = kind!.Value, Assignee = name!, DueOn = due };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
