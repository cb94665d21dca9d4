namespace Gonghui.BrowserTests;

/// <summary>Walks through the running server: each fails when the server logged an error or a page's browser reported one meanwhile.</summary>
public abstract class Walks(ConsoleServer server) : IAsyncLifetime
{
    /// <summary>The server and browser the walks share.</summary>
    protected readonly ConsoleServer console = server;

    private int problemsBefore;

    public Task InitializeAsync()
    {
        problemsBefore = console.ProblemCount;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        var problems = console.ProblemsSince(problemsBefore);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return Task.CompletedTask;
    }
}
