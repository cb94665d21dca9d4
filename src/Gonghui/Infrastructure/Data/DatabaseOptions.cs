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

    /// <summary>
    /// Queries EF Core would only warn about (a <c>First</c> with neither order nor filter) fail instead: the test hosts
    /// set it, so such a query never reaches a server's log; a server logs the warning and answers.
    /// </summary>
    public bool StrictQueries { get; set; }

    /// <summary>The SQLite database's file, whole path; null on PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite
        ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ResolveConnection()).DataSource)
        : null;

    public string ResolveConnection() => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(Connection) => "Data Source=data/gonghui.db",
        _ when string.IsNullOrWhiteSpace(Connection) => throw new InvalidOperationException("--connection is required for PostgreSQL"),
        _ => Connection!,
    };
}
