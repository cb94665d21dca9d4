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

    /// <summary>
    /// Submits a server-rendered page's form as a browser would: its hidden fields (the antiforgery token, Blazor's
    /// <c>_handler</c>) and the given ones, posted back to the page.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var form = HiddenField().Matches(page).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(url, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
