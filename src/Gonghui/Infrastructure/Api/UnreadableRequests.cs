using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// A request the API cannot read — malformed JSON, a value of the wrong type, an enum name it does not know — answers
/// 400 with the field it stumbled on (<c>level</c>, <c>certificates[2].issuedOn</c>) in the request's language, in every
/// environment; never a 500, and never a bare 400 that says nothing.
/// </summary>
internal sealed partial class UnreadableRequests : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad || http.Response.HasStarted)
        {
            return false;
        }

        // The exception left the localisation middleware's scope: its culture is set again from what it chose.
        if (http.Features.Get<IRequestCultureFeature>() is { } culture)
        {
            CultureInfo.CurrentCulture = culture.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
        }

        var field = bad.InnerException is JsonException { Path: { Length: > 2 } path } ? path[2..]
            : !bad.Message.Contains("request body", StringComparison.Ordinal) && Parameter().Match(bad.Message) is { Success: true } m ? m.Groups[1].Value : "body";
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        var t = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        await http.RequestServices.GetRequiredService<Problems>().Validation(new Dictionary<string, string[]> { [field] = [t["Problem.Unreadable"]] }).ExecuteAsync(http);
        return true;
    }

    /// <summary>The parameter a query or route value failed to bind to: <c>Failed to bind parameter "int? year" from "abc".</c></summary>
    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]* )?(\\w+)\"")]
    private static partial System.Text.RegularExpressions.Regex Parameter();
}
