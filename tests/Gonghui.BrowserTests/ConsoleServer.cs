using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Gonghui.BrowserTests;

/// <summary>
/// The real executable serving the console on a free loopback port, on a fresh SQLite file seeded with the demo
/// district, and Debian's Chromium driven by Playwright (no browser download: the system binary).
/// </summary>
public sealed class ConsoleServer : IAsyncLifetime
{
    public const string Password = "Demo#Gonghui2026";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"gonghui-browser-{Guid.NewGuid():N}");
    private Process? server;
    private IPlaywright? playwright;

    private readonly System.Text.StringBuilder serverLog = new();
    private readonly List<string> problems = [];

    public string BaseUrl { get; private set; } = "";

    /// <summary>What the server wrote to its console so far.</summary>
    public string ServerLog
    {
        get
        {
            lock (serverLog)
            {
                return serverLog.ToString();
            }
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (serverLog)
        {
            serverLog.AppendLine(line);
        }

        // The console logger's error and critical entries (a first line, then the message and exception indented): a
        // page that logs one has a fault, whatever it showed.
        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Problem($"server {line}");
            inProblem = true;
        }
        else if (inProblem && line.StartsWith(' '))
        {
            lock (problems)
            {
                problems[^1] = problems[^1].Length < 4000 ? $"{problems[^1]}{Environment.NewLine}{line}" : problems[^1];
            }
        }
        else
        {
            inProblem = false;
        }
    }

    private bool inProblem;

    private void Problem(string what)
    {
        lock (problems)
        {
            problems.Add(what);
        }
    }

    /// <summary>How many errors the server logged and the signed-in pages' browsers reported so far.</summary>
    public int ProblemCount
    {
        get
        {
            lock (problems)
            {
                return problems.Count;
            }
        }
    }

    /// <summary>The errors after the first <paramref name="count"/>: a test's own, tests of the collection running one at a time.</summary>
    public IReadOnlyList<string> ProblemsSince(int count)
    {
        lock (problems)
        {
            return problems.Skip(count).ToList();
        }
    }

    public IBrowser Browser { get; private set; } = null!;

    private string Connection => $"Data Source={Path.Combine(folder, "gonghui.db")}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var seeded = await RunAsync("seed", "demo", "--members", "3000");
        Assert.True(seeded.ExitCode == 0, seeded.Output);

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        server = Process.Start(Start("serve", "--urls", BaseUrl))!;
        // Read the server's output as it comes, so a full pipe never stalls it; it is shown when a test fails.
        server.OutputDataReceived += (_, e) => Log(e.Data);
        server.ErrorDataReceived += (_, e) => Log(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient();
        var ready = false;
        for (var i = 0; i < 120 && !ready; i++)
        {
            await Task.Delay(250);
            try
            {
                ready = (await http.GetAsync($"{BaseUrl}/readyz")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
            }
        }

        Assert.True(ready, "the server did not become ready");

        var chromium = Environment.GetEnvironmentVariable("GONGHUI_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: install Debian's chromium package (./test.sh does)");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A new browser context (its own cookies) signed in as the given demo account, on the home page.</summary>
    public async Task<IPage> SignInAsync(string login, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale ?? "zh-CN", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Blazor's own race, not a fault of the page: an event sent as the element it was for is replaced (a list
            // redrawn while typing under load) finds no handler any more. Every other error fails the walk.
            if (message.Type == "error" && !message.Text.Contains("no event handler associated with this event", StringComparison.Ordinal))
            {
                Problem($"browser {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problem($"browser {page.Url}: {error}");
        await page.GotoAsync("/login");
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{BaseUrl}/");
        await WhenInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits until the page's Blazor circuit is live, so clicks reach the server.</summary>
    public static Task WhenInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("#gh-interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 20000 });

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output.Trim());
    }

    private ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gonghui.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("--connection");
        start.ArgumentList.Add(Connection);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["GONGHUI_Database__StrictQueries"] = "true";
        // A circuit's failed event says why in the browser's console, so a walk that fails on it names the fault.
        start.Environment["GONGHUI_DetailedErrors"] = "true";
        // Every browser of the run signs in from this machine, dozens of times a minute: not an attack to throttle.
        start.Environment["GONGHUI_SignIn__PerAddressPerMinute"] = "100000";
        start.Environment["GONGHUI_SignIn__PerLoginPerMinute"] = "100000";
        start.Environment["GONGHUI_Portal__PerAddressPerMinute"] = "100000";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition("console")]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleServer>;
