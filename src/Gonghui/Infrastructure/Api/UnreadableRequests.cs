using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// A request the API cannot read — malformed JSON, a value of the wrong type, an enum name it does not know — answers
/// 400 with the field it stumbled on (<c>level</c>, <c>certificates[2].issuedOn</c>) in the request's language, in every
/// environment; never a 500, and never a bare 400 that says nothing. So does a text longer than its column that a
/// validator let through (<see cref="Data.TextLimits"/>).
/// </summary>
internal sealed partial class UnreadableRequests : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not (BadHttpRequestException or Data.TextTooLongException) || http.Response.HasStarted)
        {
            return false;
        }

        // The exception left the localisation middleware's scope: its culture is set again from what it chose.
        if (http.Features.Get<IRequestCultureFeature>() is { } culture)
        {
            CultureInfo.CurrentCulture = culture.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
        }

        var t = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var (field, message) = exception switch
        {
            Data.TextTooLongException tooLong => (tooLong.Field, t["Field.TooLong", tooLong.Max].Value),
            _ when exception.InnerException is JsonException { Path: { Length: > 2 } path } => (path[2..], t["Problem.Unreadable"].Value),
            _ => (!exception.Message.Contains("request body", StringComparison.Ordinal) && Parameter().Match(exception.Message) is { Success: true } m ? m.Groups[1].Value : "body",
                t["Problem.Unreadable"].Value),
        };
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.RequestServices.GetRequiredService<Problems>().Validation(new Dictionary<string, string[]> { [field] = [message] }).ExecuteAsync(http);
        return true;
    }

    /// <summary>The parameter a query or route value failed to bind to: <c>Failed to bind parameter "int? year" from "abc".</c></summary>
    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]* )?(\\w+)\"")]
    private static partial System.Text.RegularExpressions.Regex Parameter();
}
