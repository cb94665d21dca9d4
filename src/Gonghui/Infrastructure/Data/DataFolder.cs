using System.Runtime.InteropServices;

namespace Gonghui.Infrastructure.Data;

/// <summary>
/// The one folder of a Gonghui database's files: its keys, staged imports, documents and audit anchors. Every verb and
/// the server find it the same way, never from the working directory: <c>Data:Folder</c> (<c>--data DIR</c>), else the
/// folder of the SQLite database file, else (PostgreSQL) <see cref="PostgresDefault"/>. Everything in it is the
/// owner's only.
/// </summary>
public sealed class DataFolder
{
    public const string Setting = "Data:Folder";

    /// <summary>Where a PostgreSQL deployment keeps its files unless told otherwise.</summary>
    public const string PostgresDefault = "/var/lib/gonghui";

    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public DataFolder(IConfiguration configuration, DatabaseOptions database)
    {
        Root = Path.GetFullPath(configuration[Setting] is { Length: > 0 } configured
            ? configured
            : database.Provider == DatabaseProvider.Sqlite
                ? Path.GetDirectoryName(database.SqliteFile)!
                : PostgresDefault);
        Configuration = configuration;
    }

    public string Root { get; }

    private IConfiguration Configuration { get; }

    /// <summary>The keys: never in the database, never in a backup.</summary>
    public string Keys => Folder("keys");

    /// <summary>Uploaded rosters waiting for their import (<c>Imports:Folder</c> may name another).</summary>
    public string Imports => Folder(Configuration["Imports:Folder"] is { Length: > 0 } f ? f : "imports");

    /// <summary>Documents attached to records (<c>Attachments:Folder</c> may name another).</summary>
    public string Attachments => Folder(Configuration["Attachments:Folder"] is { Length: > 0 } f ? f : "attachments");

    /// <summary>The audit log's anchors: one line a day and at each backup (count, head, time).</summary>
    public string AuditAnchors => Path.Combine(Folder("anchors"), "audit-anchors.log");

    /// <summary>A folder under the root (or an absolute one), created owner-only.</summary>
    private string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        CreatePrivate(path);
        return path;
    }

    /// <summary>Creates a folder (and its parents under the root) readable by the owner only.</summary>
    public static void CreatePrivate(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerOnlyFolder);
    }

    /// <summary>The files and folders here (and the database's own files) that others than the owner may read or write.</summary>
    public IReadOnlyList<string> WiderThanOwner(IEnumerable<string> more)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(Root))
        {
            return [];
        }

        var entries = new[] { Root }
            .Concat(Directory.EnumerateFileSystemEntries(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .Concat(more.Where(Path.Exists));
        return entries.Distinct().Where(e => !OperatingSystem.IsWindows() && (File.GetUnixFileMode(e) & Others) != 0).ToList();
    }

    /// <summary>
    /// Every file this process creates is its owner's only (the database and its write-ahead log, backups, reports, keys):
    /// set once at start, before anything is written.
    /// </summary>
    public static void RestrictNewFiles()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = umask(0b000_111_111);
        }
    }

    [DllImport("libc", SetLastError = false)]
    private static extern uint umask(uint mask);
}
