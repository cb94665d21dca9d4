using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Portal;

/// <summary>
/// The public pages' and endpoints' own limit, per address (<c>Portal:PerAddressPerMinute</c>, 120): anyone may read the
/// directory, nobody may walk it by the thousand. Over it, 429 with <c>Retry-After</c> and the words to wait.
/// </summary>
public sealed class PortalLimits(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Policy = "portal";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, ct) =>
    {
        var http = rejected.HttpContext;
        var after = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(Math.Max(1, after.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        string words = t["Portal.TooMany", seconds];
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 429, Title = words, Detail = words }, (System.Text.Json.JsonSerializerOptions?)null,
                "application/problem+json", ct);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"<!DOCTYPE html><html lang=\"{System.Globalization.CultureInfo.CurrentUICulture.Name}\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>429</title><main><p role=\"alert\">{System.Net.WebUtility.HtmlEncode(words)}</p></main></html>", ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var permits = configuration.GetValue("Portal:PerAddressPerMinute", 120);
        return RateLimitPartition.GetSlidingWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "", _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true,
        });
    }
}
