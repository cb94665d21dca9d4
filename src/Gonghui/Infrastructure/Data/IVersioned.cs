namespace Gonghui.Infrastructure.Data;

/// <summary>An editable row: <see cref="Version"/> is the optimistic-concurrency token the API round-trips.</summary>
public interface IVersioned
{
    long Version { get; set; }

    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}
