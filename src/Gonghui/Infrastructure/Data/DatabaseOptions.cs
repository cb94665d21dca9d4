namespace Gonghui.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded default, <c>data/gonghui.db</c>.</summary>
    public string? Connection { get; set; }

    public string ResolveConnection() => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(Connection) => "Data Source=data/gonghui.db",
        _ when string.IsNullOrWhiteSpace(Connection) => throw new InvalidOperationException("--connection is required for PostgreSQL"),
        _ => Connection!,
    };
}
