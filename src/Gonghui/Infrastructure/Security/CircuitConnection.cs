using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Whether the browser of this circuit is there. A page left open in a closed tab keeps its circuit for a while, and
/// the session check may end it then: a navigation sent to no browser waits and fails, so it waits for the browser
/// instead (it never comes back when the tab was closed, and nothing is sent).
/// </summary>
public sealed class CircuitConnection : CircuitHandler
{
    private TaskCompletionSource up = Up();

    /// <summary>Completes at once on a connected circuit or a server-rendered page, else when the browser reconnects.</summary>
    public Task WhenUp => up.Task;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (up.Task.IsCompleted)
        {
            up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        up.TrySetResult();
        return Task.CompletedTask;
    }

    private static TaskCompletionSource Up()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
