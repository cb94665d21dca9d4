using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// The API's shared query parameters, checked by name before any handler runs: a year, a quarter, a page or a date out of
/// range answers 400 naming the parameter (years such as <c>-1</c> or <c>99999</c>, or <c>0001-01-01</c>, made dates and
/// offsets no handler could compute), a search text or sort name too long, or any value with a NUL character in it. One
/// place, so a new endpoint that takes <c>year</c> is covered without remembering.
/// </summary>
public sealed class QueryBounds(Problems problems, IStringLocalizer<SharedResource> t) : IEndpointFilter
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;
    public const int MaxPage = 1_000_000;

    private static readonly DateOnly MinDate = new(MinYear, 1, 1);
    private static readonly DateOnly MaxDate = new(MaxYear, 12, 31);

    private static readonly Dictionary<string, (int Min, int Max)> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = (MinYear, MaxYear),
        ["fromYear"] = (MinYear, MaxYear),
        ["toYear"] = (MinYear, MaxYear),
        ["years"] = (1, 50),
        ["quarter"] = (1, 4),
        ["page"] = (1, MaxPage),
        ["pageSize"] = (1, PageQuery.MaxPageSize),
    };

    private static readonly Dictionary<string, int> Texts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = PageQuery.MaxSearchLength,
        ["sort"] = PageQuery.MaxSortLength,
    };

    private static readonly HashSet<string> Dates = new(StringComparer.OrdinalIgnoreCase) { "from", "to", "date" };

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (Problem(t, name, values.ToString()) is { } problem)
            {
                errors[name] = [problem];
            }
        }

        return errors.Count > 0 ? ValueTask.FromResult<object?>(problems.Validation(errors)) : next(context);
    }

    /// <summary>A search sent by POST held to the bounds the query string's are: its text, sort, page and page size.</summary>
    public static ValidationErrors Body(IStringLocalizer t, string? q, string? sort, int? page, int? pageSize)
    {
        var e = new ValidationErrors();
        foreach (var (name, value) in new[] { ("q", q), ("sort", sort), ("page", page?.ToString(CultureInfo.InvariantCulture)), ("pageSize", pageSize?.ToString(CultureInfo.InvariantCulture)) })
        {
            if (Problem(t, name, value) is { } problem)
            {
                e.Add(name, problem);
            }
        }

        return e;
    }

    /// <summary>
    /// What is wrong with one shared parameter's value, or null: for the query string here, and for a body that carries
    /// the same parameters (a search sent by POST).
    /// </summary>
    public static string? Problem(IStringLocalizer t, string name, string? value)
    {
        if (value is not { Length: > 0 })
        {
            return null;
        }

        // No text column of either database can hold a NUL character; PostgreSQL refuses the whole statement.
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return t["Problem.Unreadable"];
        }

        if (Texts.TryGetValue(name, out var max) && value.Length > max)
        {
            return t["Field.TooLong", max];
        }

        if (Numbers.TryGetValue(name, out var range)
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && (n < range.Min || n > range.Max))
        {
            return t["Query.OutOfRange", name, range.Min, range.Max];
        }

        if (Dates.Contains(name) && DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var d) && (d < MinDate || d > MaxDate))
        {
            return t["Query.OutOfRange", name, MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        }

        return null;
    }
}
