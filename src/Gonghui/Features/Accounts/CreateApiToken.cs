using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary><c>POST /api/v1/tokens</c> and <c>gonghui admin create-token LOGIN</c>: a new personal API token, shown once.</summary>
public sealed class CreateApiToken(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;
    public const int NameMaxLength = 100;

    public sealed record Request([property: MaxLength(NameMaxLength)] string? Name, int? Days);

    public sealed record Created(long Id, string Name, string Token, DateTime ExpiresAt);

    public Task<Outcome<Created>> HandleAsync(Request request, CancellationToken ct) =>
        actor.UserId is null ? Task.FromResult<Outcome<Created>>(Outcome.NotFound) : ForUserAsync(actor.UserId, request, ct);

    public async Task<Outcome<Created>> ForUserAsync(string userId, Request request, CancellationToken ct)
    {
        var days = request.Days ?? DefaultDays;
        if (days is < 1 or > MaxDays)
        {
            return Outcome.Invalid("days", t["Token.DaysRange", MaxDays]);
        }

        if (request.Name?.Trim().Length > NameMaxLength)
        {
            return Outcome.Invalid("name", t["Field.TooLong", NameMaxLength]);
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled, ct))
        {
            return Outcome.NotFound;
        }

        var secret = ApiToken.NewSecret();
        var now = DateTime.UtcNow;
        var token = new ApiToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(request.Name) ? "api" : request.Name.Trim(),
            TokenHash = ApiToken.HashOf(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new Created(token.Id, token.Name, secret, token.ExpiresAt);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (Request request, CreateApiToken h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, c => TypedResults.Created($"/api/v1/tokens/{c.Id}", c)))
            .Produces(StatusCodes.Status201Created)
            .WithName("CreateApiToken");
}
