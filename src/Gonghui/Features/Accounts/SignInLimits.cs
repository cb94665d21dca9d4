using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary>
/// Sign-in attempts per minute, by the framework's rate limiter: per address (<c>SignIn:PerAddressPerMinute</c>, 30, the
/// middleware's policy on the form post) and per login (<c>SignIn:PerLoginPerMinute</c>, 10, checked by
/// <see cref="SignIn"/> once the form is read). Over either, 429 with <c>Retry-After</c>, before any password is checked.
/// </summary>
public sealed class SignInLimits : IDisposable
{
    public const string Policy = "sign-in";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> perLogin;

    public SignInLimits(IConfiguration configuration)
    {
        var permits = configuration.GetValue("SignIn:PerLoginPerMinute", 10);
        perLogin = PartitionedRateLimiter.Create<string, string>(login => RateLimitPartition.GetSlidingWindowLimiter(login, _ => Options(permits)));
    }

    /// <summary>Takes one attempt for the login; null if allowed, else how long to wait.</summary>
    public TimeSpan? TryLogin(string login)
    {
        using var lease = perLogin.AttemptAcquire(login.ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
    }

    public void Dispose() => perLogin.Dispose();

    private static SlidingWindowRateLimiterOptions Options(int permits) =>
        new() { PermitLimit = permits, Window = Window, SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true };

    public static IServiceCollection AddSignInLimits(IServiceCollection services) =>
        services.AddSingleton<SignInLimits>().AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http =>
            {
                var permits = http.RequestServices.GetRequiredService<IConfiguration>().GetValue("SignIn:PerAddressPerMinute", 30);
                return RateLimitPartition.GetSlidingWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "", _ => Options(permits));
            });
            o.OnRejected = (rejected, _) => TooManyAsync(rejected.HttpContext,
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window);
        });

    /// <summary>429 with <c>Retry-After</c>, and words for the person at the form with the way back to it.</summary>
    public static async ValueTask TooManyAsync(HttpContext http, TimeSpan retryAfter)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var (words, back) = (System.Net.WebUtility.HtmlEncode(Refuse(http, retryAfter, t)), System.Net.WebUtility.HtmlEncode(t["SignIn.Back"]));
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"<!DOCTYPE html><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><p role=\"alert\">{words}</p><p><a href=\"/login\">{back}</a></p>");
    }

    /// <summary>Sets 429 and <c>Retry-After</c> on the answer; returns the words that say how long to wait.</summary>
    public static string Refuse(HttpContext http, TimeSpan retryAfter, IStringLocalizer t)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return t["SignIn.TooMany", seconds];
    }
}
