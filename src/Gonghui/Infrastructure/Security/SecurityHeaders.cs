using Microsoft.AspNetCore.HttpOverrides;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// The headers every answer carries, and what a reverse proxy may tell us. Scripts come from this site only (Blazor,
/// AntDesign and ECharts are all served from it and none needs <c>eval</c>); styles may be inline because AntDesign
/// positions its popups with style attributes; the circuit's WebSocket is same-origin. Answers are not cached unless
/// they say so themselves (static assets do): API answers and exports carry personal data. One inline handler is allowed
/// by its hash: AntDesign's multiple-choice tags render their remove icon with <c>onclick="event.stopPropagation()"</c>,
/// without which removing a choice also opens the list.
/// </summary>
public static class SecurityHeaders
{
    private const string Others =
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-hashes' 'sha256-jHF5hTIlMDyGZRAsNK0HO/WFYrwPvI2I1q0o1xKKB6I='; " + Others;

    /// <summary>
    /// The API reference (<c>/scalar/</c>) starts itself with one inline script of the package's own; it shows the
    /// public OpenAPI document and nothing personal, so it alone may run inline script (and names no hash: a hash beside
    /// <c>'unsafe-inline'</c> switches it off).
    /// </summary>
    public const string ApiReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; " + Others;

    /// <summary>
    /// <c>X-Forwarded-For</c> and <c>-Proto</c> are believed from the proxies named in <c>Proxy:KnownProxies</c>
    /// (addresses, comma-separated) and from this machine (nginx in front, as <c>deploy/</c> sets it up): the sign-in
    /// limits then count the worker's address, and cookies are <c>Secure</c> and HSTS is sent when the proxy says HTTPS.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (configuration["Proxy:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseHsts(); // only on HTTPS requests, which a proxy's X-Forwarded-Proto makes ours
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                if (string.IsNullOrEmpty(headers.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
