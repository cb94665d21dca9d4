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
                var result = await h.HandleAsync(login ?? "", password ?? "", http.RequestAborted);
                var back = LocalOnly(returnUrl);
                if (result.Principal is null)
                {
                    return Results.Redirect($"/login?error={result.Error}&returnUrl={Uri.EscapeDataString(back)}");
                }

                await http.SignInAsync(IdentityConstants.ApplicationScheme, result.Principal);
                return Results.LocalRedirect(back);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapPost("/account/logout", async (SignOut h, HttpContext http) =>
            {
                await h.HandleAsync(http.User.FindFirst(GonghuiClaims.SessionId)?.Value, http.RequestAborted);
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return Results.Redirect("/login");
            })
            .ExcludeFromDescription();
    }

    private static string LocalOnly(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
