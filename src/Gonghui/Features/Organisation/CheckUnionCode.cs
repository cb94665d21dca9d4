using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

/// <summary>
/// <c>GET /api/v1/unions/code-check?code=&amp;except=</c>: whether a union code is free, for the form to say so as the
/// clerk types. Codes are unique across the district, so every union counts, in the actor's scope or not; the answer
/// is only "taken", never whose.
/// </summary>
public sealed class CheckUnionCode(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    public sealed record Answer(string Code, bool Taken, string? Message);

    public async Task<Outcome<Answer>> HandleAsync(string? code, long? except, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length is 0 or > 32)
        {
            var errors = new ValidationErrors();
            errors.Add("code", t[trimmed.Length == 0 ? "Union.CodeRequired" : "Union.CodeFormat"]);
            return Outcome.Invalid(errors);
        }

        var taken = await IsTakenAsync(db, trimmed, except, ct);
        return new Answer(trimmed, taken, taken ? t["Union.CodeTaken", trimmed].Value : null);
    }

    /// <summary>Whether another union (not <paramref name="except"/>) holds the code; the one check of create, update and the form.</summary>
    public static Task<bool> IsTakenAsync(GonghuiDbContext db, string code, long? except, CancellationToken ct) =>
        db.Unions.IgnoreQueryFilters().AnyAsync(u => u.Code == code && u.Id != except, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/code-check", async (string? code, long? except, CheckUnionCode h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(code, except, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("CheckUnionCode");
}
