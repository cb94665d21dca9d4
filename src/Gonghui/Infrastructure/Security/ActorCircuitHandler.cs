using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Gonghui.Infrastructure.Security;

/// <summary>A Blazor circuit has no HTTP request of its own: its actor comes from the circuit's authentication state.</summary>
public sealed class ActorCircuitHandler(AuthenticationStateProvider auth, ActorResolver resolver) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await auth.GetAuthenticationStateAsync();
        await resolver.ResolveAsync(state.User, null, cancellationToken);
    }
}
