using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Gonghui.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static readonly CultureInfo Chinese = new("zh-CN");
    public static readonly CultureInfo English = new("en");

    /// <summary>All times are stored in UTC and shown in Beijing time.</summary>
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static IServiceCollection AddGonghuiLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = [Chinese, English];
            o.SupportedUICultures = [Chinese, English];
            o.FallBackToParentUICultures = true;
            // The console's switch writes the cookie; programs send Accept-Language.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>Today in Beijing: the date rules and forms compare with.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Shanghai));

    /// <summary>Today in Beijing as the console's date pickers hold it (the server's own clock may be on UTC).</summary>
    public static DateTime TodayAtMidnight => Today.ToDateTime(TimeOnly.MinValue);

    public static string ToLocalText(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

public static class CultureSwitch
{
    /// <summary><c>GET /culture?c=en&amp;returnUrl=/</c>: the console's language switch, remembered for a year.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string? c, string? returnUrl, HttpContext http) =>
            {
                var culture = c == LocalizationSetup.English.Name ? LocalizationSetup.English : LocalizationSetup.Chinese;
                http.Response.Cookies.Append(
                    Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                    Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new Microsoft.AspNetCore.Localization.RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
                var back = returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/";
                return Results.LocalRedirect(back);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
