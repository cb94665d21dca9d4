using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Gonghui.Components;

/// <summary>
/// Base of console pages. A circuit shares one DbContext; events can overlap (a tree expanding while the table
/// loads), so each page runs its handler calls one at a time.
/// </summary>
public abstract class ConsolePage : ComponentBase, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource disposing = new();
    private volatile bool gone;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>After a refusal: renders the fields' reasons, then brings the first red field (or the alert) into view.</summary>
    protected async Task ShowRefusalAsync()
    {
        StateHasChanged();
        await Task.Yield();
        try
        {
            await JS.InvokeVoidAsync("ghScrollToError");
        }
        catch (Exception e) when (e is JSDisconnectedException or TaskCanceledException)
        {
            // The browser went away: nothing to scroll.
        }
    }

    /// <summary>Cancelled when the page goes away: ends a page's polling loops.</summary>
    protected CancellationToken Disposing => disposing.Token;

    protected async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        await gate.WaitAsync();
        try
        {
            return await work();
        }
        catch (ObjectDisposedException) when (gone)
        {
            // The circuit ended mid-call (the browser went to another page): its context went with it. A cancelled
            // task is what the framework expects of work nobody waits for any more, and it logs none.
            throw new OperationCanceledException();
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
        gone = true;
        disposing.Cancel();
        disposing.Dispose();
        // The gate is not disposed: a call still running when the page goes (a navigation mid-save) releases it after,
        // and a SemaphoreSlim whose wait handle was never asked for holds nothing to free.
        GC.SuppressFinalize(this);
    }
}
