using Microsoft.AspNetCore.Components;

namespace Gonghui.Components;

/// <summary>
/// Base of console pages. A circuit shares one DbContext; events can overlap (a tree expanding while the table
/// loads), so each page runs its handler calls one at a time.
/// </summary>
public abstract class ConsolePage : ComponentBase, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource disposing = new();

    /// <summary>Cancelled when the page goes away: ends a page's polling loops.</summary>
    protected CancellationToken Disposing => disposing.Token;

    protected async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        await gate.WaitAsync();
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Work without a result, one at a time with the page's other calls (a shared component's upload, removal …).</summary>
    protected Task RunWork(Func<Task> work) => RunAsync(async () =>
    {
        await work();
        return true;
    });

    public void Dispose()
    {
        disposing.Cancel();
        disposing.Dispose();
        gate.Dispose();
        GC.SuppressFinalize(this);
    }
}
