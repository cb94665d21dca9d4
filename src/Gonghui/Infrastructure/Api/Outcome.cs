namespace Gonghui.Infrastructure.Api;

public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Stale,
    Conflict,
    RuleBroken,
    Unavailable,

    /// <summary>Too many requests of a limited kind (look-ups by a whole identifier); <c>RetryAfter</c> says when to ask again.</summary>
    Limited,
}

/// <summary>
/// What a handler decided, for the API and the console alike: the API turns it into a status code and
/// problem details, a page into a message.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value = default, ValidationErrors? Errors = null, string? Detail = null, string? Rule = null, TimeSpan? RetryAfter = null)
{
    public bool IsOk => Kind == OutcomeKind.Ok;

    public static implicit operator Outcome<T>(T value) => new(OutcomeKind.Ok, value);

    public static implicit operator Outcome<T>(Outcome failure) =>
        new(failure.Kind, default, failure.Errors, failure.Detail, failure.Rule, failure.RetryAfter);

    /// <summary>This failure as the outcome of another type (a handler passing on a refusal it met).</summary>
    public Outcome<TOther> Failed<TOther>() => new(Kind, default, Errors, Detail, Rule, RetryAfter);

    public IResult ToHttp(Problems problems, Func<T, IResult> ok) => Kind switch
    {
        OutcomeKind.Ok => ok(Value!),
        OutcomeKind.Invalid => problems.Validation(Errors!.ToDictionary()),
        OutcomeKind.NotFound => problems.NotFound(),
        OutcomeKind.Forbidden => problems.Forbidden(),
        OutcomeKind.Stale => problems.Stale(),
        OutcomeKind.Conflict => problems.Conflict(Detail ?? ""),
        OutcomeKind.Unavailable => problems.Unavailable(Detail ?? ""),
        OutcomeKind.Limited => problems.Limited(Detail ?? "", RetryAfter ?? TimeSpan.FromMinutes(1)),
        _ => problems.Rule(Rule ?? "", Detail ?? ""),
    };

    /// <summary>One line for a page's error message.</summary>
    public string Message(Microsoft.Extensions.Localization.IStringLocalizer t) => Kind switch
    {
        OutcomeKind.Invalid => Errors!.Summary,
        OutcomeKind.NotFound => t["Problem.NotFound"],
        OutcomeKind.Forbidden => t["Problem.OutOfScope"],
        OutcomeKind.Stale => t["Problem.Stale"],
        _ => Detail ?? "",
    };
}

/// <summary>A failure not yet bound to a value type: <c>return Outcome.NotFound;</c> converts to any <see cref="Outcome{T}"/>.</summary>
public sealed record Outcome(OutcomeKind Kind, ValidationErrors? Errors = null, string? Detail = null, string? Rule = null, TimeSpan? RetryAfter = null)
{
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound);
    public static readonly Outcome Forbidden = new(OutcomeKind.Forbidden);
    public static readonly Outcome Stale = new(OutcomeKind.Stale);

    public static Outcome Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, errors);

    public static Outcome Conflict(string detail) => new(OutcomeKind.Conflict, Detail: detail);

    public static Outcome RuleBroken(string rule, string detail) => new(OutcomeKind.RuleBroken, Detail: detail, Rule: rule);

    /// <summary>The server lacks something this request needs (a font, a tool); the detail says what to install.</summary>
    public static Outcome Unavailable(string detail) => new(OutcomeKind.Unavailable, Detail: detail);

    /// <summary>The caller has used its allowance; the detail says so in its language.</summary>
    public static Outcome Limited(string detail, TimeSpan retryAfter) => new(OutcomeKind.Limited, Detail: detail, RetryAfter: retryAfter);

    public static Outcome Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }
}
