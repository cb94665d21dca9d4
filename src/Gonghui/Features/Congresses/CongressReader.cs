using Gonghui.Features.Congresses.Rules;
using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary>Reads, finds and checks terms, sessions and elections for the module's use cases.</summary>
public sealed class CongressReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    private IQueryable<T> Source<T>(bool ignoreScope) where T : class => ignoreScope ? db.Set<T>().IgnoreQueryFilters().AsNoTracking() : db.Set<T>().AsNoTracking();

    // ---- terms ----

    public async Task<TermDto?> ReadTermAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var today = LocalizationSetup.Today;
        return await Source<CongressTerm>(ignoreScope).Where(x => x.Id == id)
            .Select(x => new TermDto(x.Id, x.UnionId, x.Union!.Name, x.Kind, x.Number, x.StartsOn, x.EndsOn, x.PermanentRepresentatives,
                x.StartsOn <= today && x.EndsOn >= today, db.Set<CongressSession>().Count(s => s.TermId == x.Id), x.Version))
            .FirstOrDefaultAsync(ct);
    }

    public Task<Outcome<CongressTerm>> FindWritableTermAsync(long id, CancellationToken ct) =>
        FindWritableAsync(db.Set<CongressTerm>().IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new Found<CongressTerm>(x, x.Union!.Path)), ct);

    /// <summary>Checks a term and applies it when valid: its length within the district's years, no overlap with another term of the union, its number free.</summary>
    public async Task<bool> CheckAndApplyAsync(TermInput input, CongressTerm target, long unionId, ValidationErrors e, CancellationToken ct)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Congress.KindRequired"]);
        }

        if (input.Number is not (>= 1 and <= 99))
        {
            e.Add("number", t["Congress.TermNumberInvalid"]);
        }

        var settings = district.Get<CongressSettings>();
        if (input.StartsOn is not { } starts || starts.Year < 1950 || starts > LocalizationSetup.Today.AddYears(1))
        {
            e.Add("startsOn", t["Bargaining.DateInvalid"]);
        }
        else if (input.EndsOn is not { } ends || ends < starts.AddYears(settings.MinTermYears).AddDays(-1) || ends > starts.AddYears(settings.MaxTermYears))
        {
            e.Add("endsOn", t["Congress.TermLength", settings.MinTermYears, settings.MaxTermYears]);
        }

        if (e.Any)
        {
            return false;
        }

        var others = await db.Set<CongressTerm>().IgnoreQueryFilters().Where(x => x.UnionId == unionId && x.Id != target.Id)
            .Select(x => new { x.Number, x.StartsOn, x.EndsOn }).ToListAsync(ct);
        if (others.Any(o => o.Number == input.Number))
        {
            e.Add("number", t["Congress.TermNumberTaken", input.Number!.Value]);
        }

        if (others.FirstOrDefault(o => o.StartsOn <= input.EndsOn && o.EndsOn >= input.StartsOn) is { } overlap)
        {
            e.Add("startsOn", t["Congress.TermOverlap", overlap.Number, Day(overlap.StartsOn), Day(overlap.EndsOn)]);
        }

        if (target.Id != 0 && await db.Set<CongressSession>().IgnoreQueryFilters().AnyAsync(s => s.TermId == target.Id && (s.HeldOn < input.StartsOn || s.HeldOn > input.EndsOn), ct))
        {
            e.Add("endsOn", t["Congress.SessionsOutsideTerm"]);
        }

        if (e.Any)
        {
            return false;
        }

        target.UnionId = unionId;
        target.Kind = input.Kind!.Value;
        target.Number = input.Number!.Value;
        target.StartsOn = input.StartsOn!.Value;
        target.EndsOn = input.EndsOn!.Value;
        target.PermanentRepresentatives = input.PermanentRepresentatives ?? false;
        return true;
    }

    // ---- sessions ----

    public async Task<SessionDto?> ReadSessionAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var s = await Source<CongressSession>(ignoreScope).Include(x => x.AgendaItems).Where(x => x.Id == id)
            .Select(x => new { Session = x, UnionName = x.Union!.Name, TermNumber = x.Term!.Number, CongressKind = x.Term.Kind }).FirstOrDefaultAsync(ct);
        if (s is null)
        {
            return null;
        }

        var x = s.Session;
        var quorate = QuorumRule.Met(x.Present, x.Entitled);
        var elections = await db.Set<Election>().IgnoreQueryFilters().AsNoTracking().Include(e => e.Candidates).Where(e => e.SessionId == id)
            .OrderBy(e => e.Office).ThenBy(e => e.Round).ToListAsync(ct);
        return new SessionDto(x.Id, x.UnionId, s.UnionName, x.TermId, s.TermNumber, s.CongressKind, x.Number, x.Kind, x.HeldOn, x.Entitled, x.Present,
            QuorumRule.Needed(x.Entitled), quorate, MajorityRule.Needed(x.Entitled), x.Minutes,
            x.AgendaItems.OrderBy(a => a.Id).Select(a => new AgendaItemDto(a.Id, a.Title, a.For, a.Against, a.Abstain, quorate && MajorityRule.Met(a.For, x.Entitled))).ToList(),
            elections.Select(e => new ElectionRow(e.Id, e.Office, e.Round, e.Seats, CountOf(e).Outcome, e.Status, e.Candidates.Count(c => c.Elected))).ToList(),
            await RecordDocuments.ListAsync(db, SessionDocuments.Owner, x.Id, ct), x.Version);
    }

    public Task<Outcome<CongressSession>> FindWritableSessionAsync(long id, CancellationToken ct) =>
        FindWritableAsync(db.Set<CongressSession>().IgnoreQueryFilters().Include(x => x.AgendaItems).Where(x => x.Id == id).Select(x => new Found<CongressSession>(x, x.Union!.Path)), ct);

    /// <summary>Checks a session against its term and applies it when valid. A session short of its quorum is accepted: it is kept and shown as invalid.</summary>
    public async Task<bool> CheckAndApplyAsync(SessionInput input, CongressSession target, ValidationErrors e, CancellationToken ct)
    {
        var term = input.TermId is long termId
            ? await db.Set<CongressTerm>().IgnoreQueryFilters().Where(x => x.Id == termId).Select(x => new { x.Id, x.UnionId, x.StartsOn, x.EndsOn, x.Union!.Path }).FirstOrDefaultAsync(ct)
            : null;
        if (term is null || (target.Id != 0 && term.Id != target.TermId))
        {
            e.Add("termId", t["Congress.TermRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(term.Path))
        {
            return false;
        }

        if (input.Number is not (>= 1 and <= 99))
        {
            e.Add("number", t["Congress.SessionNumberInvalid"]);
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Congress.SessionKindRequired"]);
        }

        if (input.HeldOn is not { } held || held > LocalizationSetup.Today.AddYears(1))
        {
            e.Add("heldOn", t["Bargaining.DateInvalid"]);
        }
        else if (term is not null && (held < term.StartsOn || held > term.EndsOn))
        {
            e.Add("heldOn", t["Congress.SessionOutsideTerm", Day(term.StartsOn), Day(term.EndsOn)]);
        }

        if (input.Entitled is not (>= 1 and <= 1_000_000))
        {
            e.Add("entitled", t["Congress.EntitledInvalid"]);
        }
        else if (input.Present is not { } present || present < 0 || present > input.Entitled)
        {
            e.Add("present", t["Congress.PresentInvalid", input.Entitled.Value]);
        }

        var minutes = e.Optional(t, "minutes", input.Minutes, 8000) ?? "";
        var items = new List<AgendaItem>();
        var entries = input.AgendaItems ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var title = e.Required(t, $"agendaItems[{i}].title", entries[i].Title, 200, "Congress.AgendaTitleRequired");
            int votesFor = entries[i].For ?? 0, against = entries[i].Against ?? 0, abstain = entries[i].Abstain ?? 0;
            if (votesFor < 0 || against < 0 || abstain < 0 || (input.Present is { } p && (long)votesFor + against + abstain > p))
            {
                e.Add($"agendaItems[{i}].for", t["Congress.VotesOverPresent", input.Present ?? 0]);
            }
            else if (title is not null)
            {
                items.Add(new AgendaItem { Title = title, For = votesFor, Against = against, Abstain = abstain });
            }
        }

        if (term is not null && input.Number is int number && await db.Set<CongressSession>().IgnoreQueryFilters().AnyAsync(x => x.TermId == term.Id && x.Number == number && x.Id != target.Id, ct))
        {
            e.Add("number", t["Congress.SessionNumberTaken", number]);
        }

        if (e.Any)
        {
            return false;
        }

        target.TermId = term!.Id;
        target.UnionId = term.UnionId;
        target.Number = input.Number!.Value;
        target.Kind = input.Kind!.Value;
        target.HeldOn = input.HeldOn!.Value;
        target.Entitled = input.Entitled!.Value;
        target.Present = input.Present!.Value;
        target.Minutes = minutes;
        target.AgendaItems.Clear();
        target.AgendaItems.AddRange(items);
        return true;
    }

    // ---- elections ----

    /// <summary>The count of a recorded election (<see cref="ElectionCountRule"/>): a further round leaves seats vacant instead of calling another.</summary>
    public static ElectionCount CountOf(Election e) =>
        ElectionCountRule.Count(e.Seats, e.Entitled, e.BallotsIssued, e.BallotsReturned, e.Candidates.Select(c => new CandidateVotes(c.MemberId, c.Votes)).ToList(), e.Round > 1);

    public async Task<ElectionDto?> ReadElectionAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var found = await Source<Election>(ignoreScope).Include(x => x.Candidates).Where(x => x.Id == id)
            .Select(x => new
            {
                Election = x, UnionName = x.Union!.Name, ParentPath = x.Union.Parent!.Path, x.Session!.HeldOn, SessionNumber = x.Session.Number, TermNumber = x.Session.Term!.Number,
                // No IgnoreQueryFilters here: in a subquery it would lift the scope from the whole read.
                Next = db.Set<Election>().Where(n => n.PreviousRoundId == x.Id).Select(n => (long?)n.Id).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var x = found.Election;
        var count = CountOf(x);
        return new ElectionDto(x.Id, x.UnionId, found.UnionName, x.SessionId, found.HeldOn, found.TermNumber, found.SessionNumber, x.Office, x.Round, x.PreviousRoundId, found.Next,
            x.Seats, x.Entitled, x.BallotsIssued, x.BallotsReturned, MajorityRule.Needed(x.Entitled),
            x.Office == ElectionOffice.CommitteeMember ? CompetitiveMarginRule.MinimumCandidates(x.Seats, district.Get<CongressSettings>().CompetitiveMargin) : null,
            count.Outcome, count.RunoffSeats,
            x.Candidates.OrderByDescending(c => c.Votes).ThenBy(c => c.Id).Select(c => new CandidateDto(c.Id, c.MemberId, c.Name, c.Votes, c.Elected, count.RunoffCandidates.Contains(c.MemberId))).ToList(),
            x.Status, x.SubmittedAt, x.DecidedAt, x.DecidedBy, x.ReturnReason,
            x.Status == ElectionStatus.Submitted && found.ParentPath is not null && actor.CanWriteRegistryUnder(found.ParentPath), x.Version);
    }

    public Task<Outcome<Election>> FindWritableElectionAsync(long id, CancellationToken ct) =>
        FindWritableAsync(db.Set<Election>().IgnoreQueryFilters().Include(x => x.Candidates).Where(x => x.Id == id).Select(x => new Found<Election>(x, x.Union!.Path)), ct);

    /// <summary>
    /// Checks an election against its session (and the round it continues) and applies it when valid: candidates are
    /// members of the union or a union below it, as many as the seats at least (for committee members, the competitive
    /// margin more); no candidate has more votes than ballots came back. More ballots back than issued is recorded: the
    /// count calls the election void.
    /// </summary>
    public async Task<bool> CheckAndApplyAsync(ElectionInput input, Election target, ValidationErrors e, CancellationToken ct)
    {
        var session = input.SessionId is long sessionId
            ? await db.Set<CongressSession>().IgnoreQueryFilters().Where(x => x.Id == sessionId).Select(x => new { x.Id, x.UnionId, x.Entitled, x.Union!.Path }).FirstOrDefaultAsync(ct)
            : null;
        if (session is null || (target.Id != 0 && session.Id != target.SessionId))
        {
            e.Add("sessionId", t["Congress.SessionRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(session.Path))
        {
            return false;
        }

        if (input.Office is not { } office || !Enum.IsDefined(office))
        {
            e.Add("office", t["Congress.OfficeRequired"]);
        }

        var round = 1;
        HashSet<long>? runoffCandidates = null;
        if (input.PreviousRoundId is long previousId && (target.Id == 0 || target.PreviousRoundId == previousId))
        {
            var previous = await db.Set<Election>().IgnoreQueryFilters().AsNoTracking().Include(x => x.Candidates).FirstOrDefaultAsync(x => x.Id == previousId, ct);
            var count = previous is null ? null : CountOf(previous);
            if (previous is null || previous.SessionId != session?.Id || previous.Office != input.Office || count!.Outcome != ElectionOutcome.Runoff
                || await db.Set<Election>().IgnoreQueryFilters().AnyAsync(x => x.PreviousRoundId == previousId && x.Id != target.Id, ct))
            {
                e.Add("previousRoundId", t["Congress.NoRunoffToContinue"]);
            }
            else
            {
                round = previous.Round + 1;
                runoffCandidates = [.. count.RunoffCandidates];
                if (input.Seats != count.RunoffSeats)
                {
                    e.Add("seats", t["Congress.RunoffSeats", count.RunoffSeats]);
                }
            }
        }
        else if (input.PreviousRoundId is not null || target.PreviousRoundId is not null)
        {
            e.Add("previousRoundId", t["Congress.NoRunoffToContinue"]);
        }

        if (input.Seats is not (>= 1 and <= 500))
        {
            e.Add("seats", t["Congress.SeatsInvalid"]);
        }

        var entitled = input.Entitled ?? session?.Entitled;
        if (entitled is not (>= 1 and <= 1_000_000))
        {
            e.Add("entitled", t["Congress.EntitledInvalid"]);
        }
        else if (input.BallotsIssued is not { } issued || issued < 0 || issued > entitled)
        {
            e.Add("ballotsIssued", t["Congress.BallotsIssuedInvalid", entitled.Value]);
        }

        if (input.BallotsReturned is not (>= 0 and <= 1_000_000))
        {
            e.Add("ballotsReturned", t["Congress.BallotsReturnedInvalid"]);
        }

        var entries = input.Candidates ?? [];
        var ids = entries.Select(c => c.MemberId).OfType<long>().Distinct().ToList();
        var members = session is null ? [] : await db.Set<Member>().IgnoreQueryFilters().Where(m => ids.Contains(m.Id) && m.Union!.Path.StartsWith(session.Path))
            .Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var candidates = new List<Candidate>();
        var seen = new HashSet<long>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].MemberId is not long memberId || !members.TryGetValue(memberId, out var name))
            {
                e.Add($"candidates[{i}].memberId", t["Congress.CandidateNotMember"]);
                continue;
            }

            if (!seen.Add(memberId))
            {
                e.Add($"candidates[{i}].memberId", t["Congress.CandidateTwice", name]);
            }
            else if (runoffCandidates is not null && !runoffCandidates.Contains(memberId))
            {
                e.Add($"candidates[{i}].memberId", t["Congress.NotInRunoff", name]);
            }

            if (entries[i].Votes is not { } votes || votes < 0 || (input.BallotsReturned is { } back && votes > back))
            {
                e.Add($"candidates[{i}].votes", t["Congress.VotesOverBallots", input.BallotsReturned ?? 0]);
            }
            else
            {
                candidates.Add(new Candidate { MemberId = memberId, Name = name, Votes = votes });
            }
        }

        if (input.Seats is int seats && seats >= 1 && !e.Has("seats"))
        {
            if (entries.Count < seats)
            {
                e.Add("candidates", t["Congress.FewerCandidatesThanSeats", seats]);
            }
            else if (input.Office == ElectionOffice.CommitteeMember && round == 1
                && !CompetitiveMarginRule.Met(entries.Count, seats, district.Get<CongressSettings>().CompetitiveMargin))
            {
                var margin = district.Get<CongressSettings>().CompetitiveMargin;
                e.Add("candidates", t["Congress.NotCompetitive", CompetitiveMarginRule.MinimumCandidates(seats, margin), seats, Numbers.Percent((double)margin)]);
            }
        }

        if (e.Any)
        {
            return false;
        }

        target.SessionId = session!.Id;
        target.UnionId = session.UnionId;
        target.Office = input.Office!.Value;
        target.Round = round;
        target.PreviousRoundId = input.PreviousRoundId;
        target.Seats = input.Seats!.Value;
        target.Entitled = entitled!.Value;
        target.BallotsIssued = input.BallotsIssued!.Value;
        target.BallotsReturned = input.BallotsReturned!.Value;
        target.Candidates.Clear();
        target.Candidates.AddRange(candidates);
        var elected = CountOf(target).Elected.ToHashSet();
        foreach (var c in target.Candidates)
        {
            c.Elected = elected.Contains(c.MemberId);
        }

        return true;
    }

    /// <summary>The rounds this one continues, earliest first, tracked for a step that moves them with it.</summary>
    public async Task<IReadOnlyList<Election>> RoundsBeforeAsync(Election election, CancellationToken ct)
    {
        var rounds = new List<Election>();
        for (var id = election.PreviousRoundId; id is long previous;)
        {
            var round = await db.Set<Election>().IgnoreQueryFilters().Include(x => x.Candidates).FirstAsync(x => x.Id == previous, ct);
            rounds.Insert(0, round);
            id = round.PreviousRoundId;
        }

        return rounds;
    }

    // ---- shared ----

    private sealed record Found<T>(T Record, string Path);

    private async Task<Outcome<T>> FindWritableAsync<T>(IQueryable<Found<T>> query, CancellationToken ct)
    {
        var found = await query.FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Record : Outcome.Forbidden;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
