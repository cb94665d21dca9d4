namespace Gonghui.Features.Members;

/// <summary>
/// A record a module keeps for the person rather than for one membership (their Jing Card): when a transfer ends the
/// membership and opens one in the new union, it moves to the new record in the same transaction. Each module that keeps
/// one registers its implementation; the transfer knows none of them.
/// </summary>
public interface IFollowsMember
{
    Task MoveAsync(long fromMemberId, long toMemberId, CancellationToken ct);
}
