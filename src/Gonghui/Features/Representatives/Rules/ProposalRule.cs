namespace Gonghui.Features.Representatives.Rules;

/// <summary>One assignment of a proposal as the rule sees it.</summary>
public sealed record ProposalRoundFacts(DateOnly DueOn, DateOnly? AnsweredOn, ProposalRating? Rating);

/// <summary>A set of proposals' handling in figures: rounds judged and answered on time, proposals rated and satisfied.</summary>
public sealed record ProposalTally(int RoundsDue, int OnTime, int Overdue, int Rated, int Satisfied)
{
    /// <summary>Null while no round is due.</summary>
    public decimal? OnTimeRate => RoundsDue == 0 ? null : Math.Round((decimal)OnTime / RoundsDue, 4);

    /// <summary>Null while no proposal is rated.</summary>
    public decimal? SatisfactionRate => Rated == 0 ? null : Math.Round((decimal)Satisfied / Rated, 4);
}

/// <summary>
/// R12 (representatives' suggestions): an assignment is answered on time when answered on or before its due day, and late
/// once the due day has passed without an answer (before then it is not judged); the proposers are satisfied when they
/// rate the last answer satisfied or basically satisfied; a proposal rated unsatisfied is reopened at most once, so it
/// has at most two rounds.
/// </summary>
public static class ProposalRule
{
    public const int MaxRounds = 2;

    /// <summary>Days from assignment to the answer the district expects when it gives none (a setting).</summary>
    public const int DefaultAnswerDays = 30;

    public const decimal DefaultOnTimeTarget = 0.9m;

    public const decimal DefaultSatisfactionTarget = 0.8m;

    /// <summary>True on time, false late, null not yet due and unanswered.</summary>
    public static bool? OnTime(ProposalRoundFacts round, DateOnly today) =>
        round.AnsweredOn is { } answered ? answered <= round.DueOn : today > round.DueOn ? false : null;

    public static bool Overdue(ProposalRoundFacts round, DateOnly today) => OnTime(round, today) == false && round.AnsweredOn is null;

    public static bool Satisfied(ProposalRating rating) => rating != ProposalRating.Dissatisfied;

    public static bool CanReopen(IReadOnlyList<ProposalRoundFacts> rounds) =>
        rounds.Count is > 0 and < MaxRounds && rounds[^1].Rating == ProposalRating.Dissatisfied;

    /// <summary>The figures of some proposals, each given by its rounds in order, as of a day.</summary>
    public static ProposalTally Tally(IEnumerable<IReadOnlyList<ProposalRoundFacts>> proposals, DateOnly today)
    {
        int due = 0, onTime = 0, overdue = 0, rated = 0, satisfied = 0;
        foreach (var rounds in proposals)
        {
            foreach (var round in rounds)
            {
                switch (OnTime(round, today))
                {
                    case true: due++; onTime++; break;
                    case false: due++; overdue += round.AnsweredOn is null ? 1 : 0; break;
                }
            }

            if (FinalRating(rounds) is { } rating)
            {
                rated++;
                satisfied += Satisfied(rating) ? 1 : 0;
            }
        }

        return new ProposalTally(due, onTime, overdue, rated, satisfied);
    }

    /// <summary>The proposers' final word: the rating of the last rated round, or null while none is rated.</summary>
    public static ProposalRating? FinalRating(IReadOnlyList<ProposalRoundFacts> rounds) => rounds.LastOrDefault(r => r.Rating is not null)?.Rating;
}
