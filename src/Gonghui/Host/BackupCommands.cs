using System.CommandLine;
using System.Diagnostics;
using Gonghui.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gonghui.Host;

/// <summary><c>backup FILE</c> / <c>restore FILE</c>: SQLite's online backup API; pg_dump / pg_restore for PostgreSQL.</summary>
internal static class BackupCommands
{
    public delegate Task<int> Runner(ParseResult parse, Func<IServiceProvider, ParseResult, Task<int>> action, CancellationToken ct, DatabaseUse use = DatabaseUse.Existing);

    public static Command Backup(Runner run)
    {
        var file = new Argument<FileInfo>("file") { Description = "where to write the backup" };
        var cmd = new Command("backup", "Copy the whole database to a file while it is in use") { file };
        cmd.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            var options = sp.GetRequiredService<DatabaseOptions>();
            var target = parse.GetValue(file)!.FullName;
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                File.Delete(target);
                await using var source = new SqliteConnection(options.ResolveConnection());
                await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
                await source.OpenAsync(ct);
                await destination.OpenAsync(ct);
                source.BackupDatabase(destination);
            }
            else
            {
                await PgToolAsync("pg_dump", options, ["--format=custom", "--no-owner", $"--file={target}"], ct);
            }

            Console.WriteLine($"backup written to {target}");
            return 0;
        }, ct));
        return cmd;
    }

    public static Command Restore(Runner run)
    {
        var file = new Argument<FileInfo>("file") { Description = "a file written by backup" };
        var cmd = new Command("restore", "Replace the database's contents with a backup (stop the server first)") { file };
        cmd.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            var options = sp.GetRequiredService<DatabaseOptions>();
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                throw new CliException($"no such file: {source.FullName}");
            }

            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                await using var to = new SqliteConnection(options.ResolveConnection());
                await from.OpenAsync(ct);
                await using (var check = from.CreateCommand())
                {
                    check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
                    if (Convert.ToInt64(await check.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    {
                        throw new CliException($"{source.Name} is not a Gonghui backup");
                    }
                }

                await to.OpenAsync(ct);
                from.BackupDatabase(to);
                SqliteConnection.ClearAllPools();
            }
            else
            {
                await PgToolAsync("pg_restore", options, ["--clean", "--if-exists", "--no-owner", "--single-transaction", source.FullName], ct);
            }

            Console.WriteLine($"restored from {source.FullName}");
            return 0;
        }, ct, DatabaseUse.Replace));
        return cmd;
    }

    private static async Task PgToolAsync(string tool, DatabaseOptions options, string[] args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(options.ResolveConnection());
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The password travels in the environment, never on the command line.
        start.ArgumentList.Add($"--dbname={cs.Database}");
        start.Environment["PGHOST"] = cs.Host;
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = cs.Username;
        if (cs.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new CliException($"{tool} was not found: install Debian's postgresql-client");
        }

        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new CliException($"{tool} failed: {stderr.Trim().ReplaceLineEndings(" ")}");
        }
    }
}
