using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

public sealed record NominationDto(long Id, long HomeId, string HomeName, long UnionId, string UnionName, DateOnly NominatedOn, string Reason, int? Score,
    NominationDecision? Decision, DateOnly? DecidedOn, string DecisionNote, bool? TitleInForce, long Version);

/// <summary>A round with the nominations the actor sees (a union's own; the district's all).</summary>
public sealed record AwardRoundDto(long Id, int Year, HomeTitleLevel Level, string Name, string Criteria, int PassScore, DateOnly NominationsCloseOn,
    IReadOnlyList<NominationDto> Nominations, long Version);

public sealed record AwardRoundInput(int? Year, HomeTitleLevel? Level, [property: MaxLength(200)] string? Name, [property: MaxLength(4000)] string? Criteria, int? PassScore,
    DateOnly? NominationsCloseOn, long? Version);

public sealed record NominationInput(long? HomeId, DateOnly? NominatedOn, [property: MaxLength(2000)] string? Reason);

public sealed record NominationScoreInput(int? Score, long? Version);

/// <param name="Commend">True to commend (the score must reach the round's pass score), false to decline.</param>
public sealed record NominationDecisionInput(bool? Commend, DateOnly? DecidedOn, [property: MaxLength(500)] string? Note, long? Version);

/// <summary>Reads, finds and checks award rounds and nominations: the district keeps rounds, scores and decides; a union nominates its own homes.</summary>
public sealed class AwardRoundReader(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public bool CanKeepRounds => actor.CanWriteDistrictRecords;

    public Task<AwardRoundDto?> ReadAsync(long id, CancellationToken ct) =>
        db.Set<AwardRound>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new AwardRoundDto(x.Id, x.Year, x.Level, x.Name, x.Criteria, x.PassScore, x.NominationsCloseOn,
                x.Nominations.OrderBy(n => n.Id).Select(n => new NominationDto(n.Id, n.HomeId, n.Home!.Name, n.Home.UnionId, n.Home.Union!.Name, n.NominatedOn, n.Reason, n.Score,
                    n.Decision, n.DecidedOn, n.DecisionNote, n.Title != null ? n.Title.RevokedOn == null : null, n.Version)).ToList(), x.Version))
            .FirstOrDefaultAsync(ct);

    /// <summary>The round, or why not: 404 when missing, 403 for anyone but the district's staff.</summary>
    public async Task<Outcome<AwardRound>> FindWritableAsync(long id, CancellationToken ct)
    {
        var round = await db.Set<AwardRound>().FirstOrDefaultAsync(x => x.Id == id, ct);
        return round is null ? Outcome.NotFound : CanKeepRounds ? round : Outcome.Forbidden;
    }

    /// <summary>A nomination of the round for the district to score or decide, with its round; 404 when missing, 403 for anyone but the district.</summary>
    public async Task<Outcome<AwardNomination>> FindNominationAsync(long roundId, long id, CancellationToken ct)
    {
        var nomination = await db.Set<AwardNomination>().IgnoreQueryFilters().Include(n => n.Round).Include(n => n.Home).ThenInclude(h => h!.Titles)
            .FirstOrDefaultAsync(n => n.Id == id && n.RoundId == roundId, ct);
        return nomination is null ? Outcome.NotFound : CanKeepRounds ? nomination : Outcome.Forbidden;
    }

    public Outcome? CheckAndApply(AwardRoundInput input, AwardRound target)
    {
        var e = new ValidationErrors();
        var today = LocalizationSetup.Today;
        if (input.Year is not { } year || year < 2000 || year > today.Year + 1)
        {
            e.Add("year", t["AwardRound.YearInvalid"]);
        }

        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            e.Add("level", t["WorkersHome.LevelRequired"]);
        }

        var name = e.Required(t, "name", input.Name, 200, "AwardRound.NameRequired");
        var criteria = e.Optional(t, "criteria", input.Criteria, 4000) ?? "";
        if (input.PassScore is not (>= 0 and <= 100))
        {
            e.Add("passScore", t["AwardRound.PassScoreInvalid"]);
        }

        if (input.NominationsCloseOn is not { } closes || closes.Year < 2000 || closes.Year > today.Year + 2)
        {
            e.Add("nominationsCloseOn", t["AwardRound.ClosesOnInvalid"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.Year = input.Year!.Value;
        target.Level = input.Level!.Value;
        target.Name = name!;
        target.Criteria = criteria;
        target.PassScore = input.PassScore!.Value;
        target.NominationsCloseOn = input.NominationsCloseOn!.Value;
        return null;
    }

    /// <summary>
    /// Checks a nomination: the round (404), a home in the actor's scope (403 outside it), built by the day nominated,
    /// the day by the round's close and not after today, once per round; then the reason.
    /// </summary>
    public async Task<Outcome<AwardNomination>> CheckNewAsync(long roundId, NominationInput input, CancellationToken ct)
    {
        var round = await db.Set<AwardRound>().AsNoTracking().Where(r => r.Id == roundId).Select(r => new { r.Id, r.NominationsCloseOn }).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return Outcome.NotFound;
        }

        var e = new ValidationErrors();
        var home = input.HomeId is long homeId
            ? await db.Set<WorkersHome>().IgnoreQueryFilters().Where(h => h.Id == homeId).Select(h => new { h.Id, h.BuiltOn, h.Union!.Path }).FirstOrDefaultAsync(ct)
            : null;
        if (home is null)
        {
            e.Add("homeId", t["AwardRound.HomeRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(home.Path))
        {
            return Outcome.Forbidden;
        }
        else if (await db.Set<AwardNomination>().IgnoreQueryFilters().AnyAsync(n => n.RoundId == roundId && n.HomeId == home.Id, ct))
        {
            e.Add("homeId", t["AwardRound.AlreadyNominated"]);
        }

        if (input.NominatedOn is not { } on || on > LocalizationSetup.Today || on > round.NominationsCloseOn || (home is not null && on < home.BuiltOn))
        {
            e.Add("nominatedOn", t["AwardRound.NominatedOnInvalid", round.NominationsCloseOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var reason = e.Required(t, "reason", input.Reason, 2000, "AwardRound.ReasonRequired");
        return e.Any ? Outcome.Invalid(e) : new AwardNomination { RoundId = roundId, HomeId = home!.Id, NominatedOn = input.NominatedOn!.Value, Reason = reason! };
    }

    public Outcome? Score(NominationScoreInput input, AwardNomination nomination)
    {
        if (nomination.Decision is not null)
        {
            return Outcome.Conflict(t["AwardRound.AlreadyDecided"]);
        }

        var e = ValidationErrors.ForStep(input.Version, t);
        if (input.Score is not (>= 0 and <= 100))
        {
            e.Add("score", t["AwardRound.ScoreInvalid"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        nomination.Score = input.Score;
        return null;
    }

    /// <summary>Commends a scored nomination that reaches the pass score — the home gets the round's title for its year — or declines it.</summary>
    public Outcome? Decide(NominationDecisionInput input, AwardNomination nomination)
    {
        if (nomination.Decision is not null)
        {
            return Outcome.Conflict(t["AwardRound.AlreadyDecided"]);
        }

        var round = nomination.Round!;
        var e = ValidationErrors.ForStep(input.Version, t);
        if (input.Commend is not bool commend)
        {
            e.Add("commend", t["AwardRound.DecisionRequired"]);
        }
        else if (nomination.Score is not int score)
        {
            e.Add("commend", t["AwardRound.NotScored"]);
        }
        else if (commend && score < round.PassScore)
        {
            e.Add("commend", t["AwardRound.BelowPass", score, round.PassScore]);
        }

        if (input.DecidedOn is not { } on || on < nomination.NominatedOn || on > LocalizationSetup.Today)
        {
            e.Add("decidedOn", t["AwardRound.DecidedOnInvalid", nomination.NominatedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var note = e.Optional(t, "note", input.Note, 500) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (input.Commend == true)
        {
            if (nomination.Home!.Titles.Any(i => i.Level == round.Level && i.Year == round.Year))
            {
                return Outcome.Conflict(t["WorkersHome.TitleTaken"]);
            }

            var title = new HomeTitle { Level = round.Level, Year = round.Year, Source = round.Name };
            nomination.Home.Titles.Add(title);
            nomination.Title = title;
        }

        nomination.Decision = input.Commend == true ? NominationDecision.Commended : NominationDecision.Declined;
        nomination.DecidedOn = input.DecidedOn;
        nomination.DecisionNote = note;
        return null;
    }
}
