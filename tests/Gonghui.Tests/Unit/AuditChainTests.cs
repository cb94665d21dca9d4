using Gonghui.Infrastructure.Audit;

namespace Gonghui.Tests.Unit;

public sealed class AuditChainTests
{
    private static readonly AuditChain Keyed = new(() => Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static List<AuditEntry> Chain(int n)
    {
        var previous = AuditChain.Genesis;
        var list = new List<AuditEntry>();
        for (var i = 1; i <= n; i++)
        {
            var e = new AuditEntry
            {
                Id = i,
                At = new DateTime(2026, 11, 25, 8, 0, i, DateTimeKind.Utc),
                ActorName = "admin",
                Action = "update",
                EntityType = "Union",
                EntityId = "7",
                Before = "{\"Name\":\"a\"}",
                After = "{\"Name\":\"b\"}",
                PreviousHash = previous,
            };
            e.Hash = Keyed.Compute(e);
            previous = e.Hash;
            list.Add(e);
        }

        return list;
    }

    [Fact]
    public void An_untouched_chain_holds()
    {
        var previous = AuditChain.Genesis;
        Assert.Null(Keyed.FirstBroken(Chain(5), ref previous));
    }

    [Fact]
    public void An_edited_entry_breaks_the_chain_there()
    {
        var chain = Chain(5);
        chain[2].After = "{\"Name\":\"c\"}";
        var previous = AuditChain.Genesis;
        Assert.Equal(3, Keyed.FirstBroken(chain, ref previous));
    }

    [Fact]
    public void A_removed_entry_breaks_the_chain_at_the_next()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        var previous = AuditChain.Genesis;
        Assert.Equal(3, Keyed.FirstBroken(chain, ref previous));
    }

    [Fact]
    public void A_rehashed_entry_still_breaks_the_link_to_the_next()
    {
        var chain = Chain(5);
        chain[1].ActorName = "nobody";
        chain[1].Hash = Keyed.Compute(chain[1]);
        var previous = AuditChain.Genesis;
        Assert.Equal(3, Keyed.FirstBroken(chain, ref previous));
    }

    [Fact]
    public void A_chain_recomputed_without_the_key_does_not_hold()
    {
        var chain = Chain(5);
        var previous = AuditChain.Genesis;
        foreach (var e in chain)
        {
            e.PreviousHash = previous;
            e.Hash = AuditChain.ComputeUnkeyed(e);
            previous = e.Hash;
        }

        previous = AuditChain.Genesis;
        Assert.Equal(1, Keyed.FirstBroken(chain, ref previous));
        var other = new AuditChain(() => new byte[32]);
        previous = AuditChain.Genesis;
        Assert.Equal(1, other.FirstBroken(Chain(3), ref previous));
    }
}
