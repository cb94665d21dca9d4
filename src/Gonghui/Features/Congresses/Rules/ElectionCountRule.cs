namespace Gonghui.Features.Congresses.Rules;

public enum ElectionOutcome
{
    /// <summary>More ballots returned than issued.</summary>
    Void,

    /// <summary>Fewer than two thirds of those entitled voted (L10).</summary>
    NoQuorum,

    /// <summary>Every seat filled.</summary>
    Complete,

    /// <summary>Seats left to a further round: a tie at the last seat, or too few with a majority.</summary>
    Runoff,

    /// <summary>A further round still left seats empty: they stay vacant; the elected stand.</summary>
    Shortfall,
}

/// <summary>One candidate's votes; <paramref name="Key"/> is whatever the caller tells candidates apart by.</summary>
public sealed record CandidateVotes(long Key, int Votes);

/// <summary>The count: who is elected, and when seats remain, who stands in the next round and for how many seats.</summary>
public sealed record ElectionCount(ElectionOutcome Outcome, IReadOnlyList<long> Elected, IReadOnlyList<long> RunoffCandidates, int RunoffSeats);

/// <summary>
/// Counts an election by the grassroots election rules (L10): void when more ballots come back than were issued;
/// invalid without two thirds of those entitled voting; a candidate is elected with more than half of those entitled,
/// the most votes first. When more have a majority than there are seats and the last seat is tied, the tied go to a
/// further round for the seats left; when too few have a majority, the others go to a further round for the seats
/// still empty, in the order of their votes. In a further round (<paramref name="furtherRound"/>) a shortfall leaves
/// the seats vacant instead of calling another round.
/// </summary>
public static class ElectionCountRule
{
    public static ElectionCount Count(int seats, int entitled, int issued, int returned, IReadOnlyList<CandidateVotes> candidates, bool furtherRound = false)
    {
        if (BallotRule.Void(issued, returned))
        {
            return new ElectionCount(ElectionOutcome.Void, [], [], 0);
        }

        if (!QuorumRule.Met(returned, entitled))
        {
            return new ElectionCount(ElectionOutcome.NoQuorum, [], [], 0);
        }

        var ranked = candidates.OrderByDescending(c => c.Votes).ThenBy(c => c.Key).ToList();
        var majority = ranked.Where(c => MajorityRule.Met(c.Votes, entitled)).ToList();
        if (majority.Count > seats)
        {
            var cut = majority[seats - 1].Votes;
            var above = majority.Where(c => c.Votes > cut).Select(c => c.Key).ToList();
            var tied = majority.Where(c => c.Votes == cut).Select(c => c.Key).ToList();
            return above.Count + tied.Count == seats
                ? new ElectionCount(ElectionOutcome.Complete, [.. above, .. tied], [], 0)
                : new ElectionCount(ElectionOutcome.Runoff, above, tied, seats - above.Count);
        }

        var elected = majority.Select(c => c.Key).ToList();
        var left = seats - elected.Count;
        if (left == 0)
        {
            return new ElectionCount(ElectionOutcome.Complete, elected, [], 0);
        }

        var others = ranked.Where(c => !elected.Contains(c.Key)).Select(c => c.Key).ToList();
        return furtherRound || others.Count == 0
            ? new ElectionCount(ElectionOutcome.Shortfall, elected, [], 0)
            : new ElectionCount(ElectionOutcome.Runoff, elected, others, left);
    }
}
