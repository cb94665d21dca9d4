namespace Gonghui.Features.Congresses.Rules;

/// <summary>An election is void when more ballots come back than were issued: the count cannot be trusted.</summary>
public static class BallotRule
{
    public static bool Void(int issued, int returned) => returned > issued;
}
