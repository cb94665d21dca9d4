using Gonghui.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Api;

/// <summary>The error shapes of <c>api-conventions.md</c>, each with a detail in the request's language.</summary>
public sealed class Problems(IStringLocalizer<SharedResource> t)
{
    public ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: t["Problem.Validation"]);

    /// <summary>A rule of <c>rules.md</c> refuses the request.</summary>
    public ProblemHttpResult Rule(string rule, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: t["Problem.Rule"],
            extensions: new Dictionary<string, object?> { ["rule"] = rule });

    public ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: t["Problem.Conflict"]);

    public ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: t["Problem.Unavailable"]);

    public ProblemHttpResult Stale() => Conflict(t["Problem.Stale"]);

    /// <summary>429 with <c>Retry-After</c> in whole seconds.</summary>
    public IResult Limited(string detail, TimeSpan retryAfter) => new RetryLater(
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status429TooManyRequests, title: t["Problem.Limited"]),
        (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds)));

    private sealed class RetryLater(IResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }

    public ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: t["Problem.NotFound"]);

    public ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: t["Problem.Forbidden"], detail: t["Problem.OutOfScope"]);
}

/// <summary>Validation errors collected field by field, in the request's language.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>Fields with errors so far: a check of a part compares it before and after.</summary>
    public int Count => errors.Count;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public string Summary => string.Join("；", errors.SelectMany(e => e.Value));

    /// <summary>The errors of a step on a record read before: starting with the version, which the step must carry.</summary>
    public static ValidationErrors ForStep(long? version, Microsoft.Extensions.Localization.IStringLocalizer t)
    {
        var e = new ValidationErrors();
        if (version is null)
        {
            e.Add("version", t["Field.VersionRequired"]);
        }

        return e;
    }
}
