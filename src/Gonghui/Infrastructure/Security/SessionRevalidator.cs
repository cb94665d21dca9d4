using System.Security.Claims;
using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// A live console page (a Blazor circuit) makes no HTTP requests, so the cookie check never runs for it: this
/// re-checks the server-side session every minute, and a signed-out, idle or disabled user loses the page.
/// </summary>
public sealed class SessionRevalidator(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var sessionId = authenticationState.User.FindFirstValue(GonghuiClaims.SessionId);
        await using var scope = scopes.CreateAsyncScope();
        return await SessionValidator.IsAliveAsync(scope.ServiceProvider.GetRequiredService<GonghuiDbContext>(), scope.ServiceProvider.GetRequiredService<LastUse>(), sessionId, cancellationToken);
    }
}
