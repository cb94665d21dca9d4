using System.Net;
using System.Text.RegularExpressions;

namespace Gonghui.Tests.Infrastructure;

/// <summary>Signs in through the console's own form, antiforgery token and all, keeping cookies like a browser.</summary>
public static partial class Browserless
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string login, string password)
    {
        var page = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        return await client.PostAsync("/account/login", form);
    }

    /// <summary>The sign-in cookie a response set, as a <c>Cookie</c> header value (what a thief would copy).</summary>
    public static string AuthCookie(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("gonghui.auth=", StringComparison.Ordinal)).Split(';')[0];

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) });
        return await client.PostAsync("/account/logout", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
