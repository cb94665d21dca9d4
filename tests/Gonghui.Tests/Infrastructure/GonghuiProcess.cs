using System.Diagnostics;

namespace Gonghui.Tests.Infrastructure;

/// <summary>Runs the real <c>gonghui</c> executable, as an administrator would.</summary>
public static class GonghuiProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string Executable => Path.Combine(AppContext.BaseDirectory, "gonghui.dll");

    public static Task<Result> RunAsync(TestDatabase? db, string? stdin, params string[] args) => RunWithAsync(db, null, stdin, args);

    /// <summary>Runs with changes to the environment: a value replaces a variable, null removes it (the test key, say).</summary>
    public static async Task<Result> RunWithAsync(TestDatabase? db, IDictionary<string, string?>? environment, string? stdin, params string[] args)
    {
        using var process = Start(db, environment, args);
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the executable with redirected streams; the caller reads, waits or kills.</summary>
    public static Process Start(TestDatabase? db, params string[] args) => Start(db, null, args);

    /// <summary>Starts it with changes to the environment, as <see cref="RunWithAsync"/> does.</summary>
    public static Process StartWith(TestDatabase? db, IDictionary<string, string?> environment, params string[] args) => Start(db, environment, args);

    private static Process Start(TestDatabase? db, IDictionary<string, string?>? environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Executable);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        if (db is not null)
        {
            start.ArgumentList.Add("--database");
            start.ArgumentList.Add(db.ProviderArgument);
            start.ArgumentList.Add("--connection");
            start.ArgumentList.Add(db.Connection);
            if (environment?.ContainsKey("GONGHUI_Data__Folder") != true) // a test that names another data folder in the environment
            {
                start.ArgumentList.Add("--data");
                start.ArgumentList.Add(db.DataFolder);
            }
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["GONGHUI_PersonalData__Key"] = TestDatabase.PersonalDataKey;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return Process.Start(start)!;
    }
}
