namespace Gonghui.Infrastructure.Data;

/// <summary>A record that belongs to one union: its scope and audit trail follow that union.</summary>
public interface IUnionOwned
{
    long? UnionId { get; }
}
