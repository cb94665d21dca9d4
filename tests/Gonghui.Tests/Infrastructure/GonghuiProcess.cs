using System.Diagnostics;

namespace Gonghui.Tests.Infrastructure;

/// <summary>Runs the real <c>gonghui</c> executable, as an administrator would.</summary>
public static class GonghuiProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string Executable => Path.Combine(AppContext.BaseDirectory, "gonghui.dll");

    public static async Task<Result> RunAsync(TestDatabase? db, string? stdin, params string[] args)
    {
        using var process = Start(db, args);
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
    public static Process Start(TestDatabase? db, params string[] args)
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
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["GONGHUI_PersonalData__Key"] = TestDatabase.PersonalDataKey;
        return Process.Start(start)!;
    }
}
