using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gonghui.Features.Accounts;

/// <summary>The console's form posts for signing in and out (the pages themselves are in <c>Pages/</c>).</summary>
public static class AccountEndpoints
{
    public static void MapAccountForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string? login, [FromForm] string? password, [FromForm] string? returnUrl, SignIn h, HttpContext http) =>
            {
                // Where to go afterwards is settled before a session exists: a redirect refused later would strand one.
                var back = LocalOnly(returnUrl);
                var result = await h.HandleAsync(login ?? "", password ?? "", http.RequestAborted);
                if (result.RetryAfter is { } wait)
                {
                    await SignInLimits.TooManyAsync(http, wait);
                    return Results.Empty;
                }

                if (result.SecondFactor is { } user)
                {
                    // The password is right: the next step names the account by its own short-lived cookie, never by the URL.
                    await http.SignInAsync(SignInSecondFactor.PendingScheme, SignInSecondFactor.Pending(user));
                    var step = user.TwoFactorEnabled ? "second-factor" : "enrol";
                    return Results.Redirect($"/login/{step}?returnUrl={Uri.EscapeDataString(back)}");
                }

                if (result.Principal is null)
                {
                    return Results.Redirect($"/login?error={result.Error}&returnUrl={Uri.EscapeDataString(back)}");
                }

                await http.SignInAsync(IdentityConstants.ApplicationScheme, result.Principal);
                return Results.LocalRedirect(back);
            })
            .AllowAnonymous()
            .RequireRateLimiting(SignInLimits.Policy)
            .ExcludeFromDescription();

        app.MapPost("/account/logout", async (SignOut h, HttpContext http) =>
            {
                await h.HandleAsync(http.User.FindFirst(GonghuiClaims.SessionId)?.Value, http.RequestAborted);
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return Results.Redirect("/login");
            })
            .ExcludeFromDescription();
    }

    /// <summary>
    /// A path of this site, or <c>/</c>: browsers read <c>//host</c>, <c>/\host</c> and a control character inside
    /// (<c>/\t/host</c>) as another site, so none of them passes.
    /// </summary>
    internal static string LocalOnly(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.Any(c => c == '\\' || char.IsControl(c))
            ? url
            : "/";
}
