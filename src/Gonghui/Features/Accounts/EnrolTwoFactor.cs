using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Gonghui.Features.Accounts;

/// <summary>
/// The signed-in user's second factor (<c>/api/v1/account/two-factor</c>): its state; a new authenticator key with its
/// QR code (<c>POST</c>, while none is confirmed); the first code confirms it and answers ten recovery codes, shown this
/// once (<c>POST /confirmation</c>); new recovery codes for a current code (<c>POST /recovery-codes</c>); and turning it
/// off for a current code where the role does not require it (<c>DELETE</c>, else 422 MLPS). Each change is audited.
/// The sign-in page's enrolment uses the same steps for an account whose role requires one.
/// </summary>
public sealed class EnrolTwoFactor(GonghuiDbContext db, UserManager<User> users, DistrictSettings settings, IStringLocalizer<SharedResource> t)
{
    public const string Issuer = "Gonghui";
    public const int RecoveryCodeCount = 10;

    public sealed record Status(bool Enabled, bool Required, int RecoveryCodesLeft);

    /// <summary>The key to type into an authenticator (in groups of four), its <c>otpauth://</c> address and that address as a QR code (PNG data URI).</summary>
    public sealed record Enrolment(string Key, string Uri, string QrCode);

    public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

    public sealed record CodeRequest([property: MaxLength(7)][property: RegularExpression(@"^\d{3} ?\d{3}$")] string? Code);

    public async Task<Status> StatusAsync(User user) =>
        new(user.TwoFactorEnabled, await IsRequiredAsync(user), user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);

    /// <summary>The key being enrolled (a new one if there is none yet); refused once a second factor is confirmed.</summary>
    public async Task<Outcome<Enrolment>> StartAsync(User user)
    {
        if (user.TwoFactorEnabled)
        {
            return Outcome.Conflict(t["TwoFactor.AlreadyOn"]);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString($"{Issuer}:{user.UserName}")}?secret={key}&issuer={Issuer}&digits=6&period=30";
        using var qr = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(qr).GetGraphic(6);
        return new Enrolment(string.Join(' ', key!.Chunk(4).Select(c => new string(c))), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>The authenticator's first code turns the second factor on; answers the recovery codes.</summary>
    public async Task<Outcome<RecoveryCodes>> ConfirmAsync(User user, string? code, CancellationToken ct)
    {
        if (Typed(code) is null)
        {
            return Outcome.Invalid("code", t["TwoFactor.WrongCode"]);
        }

        if (user.TwoFactorEnabled)
        {
            return Outcome.Conflict(t["TwoFactor.AlreadyOn"]);
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)) || !await CodeMatchesAsync(user, code))
        {
            return Outcome.Invalid("code", t["TwoFactor.WrongCode"]);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewCodesAsync(user, "two-factor-on", ct);
    }

    public async Task<Outcome<RecoveryCodes>> RenewCodesAsync(User user, string? code, CancellationToken ct) =>
        Typed(code) is null ? Outcome.Invalid("code", t["TwoFactor.WrongCode"])
        : !user.TwoFactorEnabled ? Outcome.Conflict(t["TwoFactor.Off"])
        : !await CodeMatchesAsync(user, code) ? Outcome.Invalid("code", t["TwoFactor.WrongCode"])
        : await NewCodesAsync(user, "recovery-codes", ct);

    public async Task<Outcome<bool>> DisableAsync(User user, string? code, CancellationToken ct)
    {
        if (Typed(code) is null)
        {
            return Outcome.Invalid("code", t["TwoFactor.WrongCode"]);
        }

        if (!user.TwoFactorEnabled)
        {
            return Outcome.Conflict(t["TwoFactor.Off"]);
        }

        if (await IsRequiredAsync(user))
        {
            return Outcome.RuleBroken("MLPS", t["TwoFactor.Required"]);
        }

        if (!await CodeMatchesAsync(user, code))
        {
            return Outcome.Invalid("code", t["TwoFactor.WrongCode"]);
        }

        await TurnOffAsync(db, users, user, "two-factor-off", ct);
        return true;
    }

    /// <summary>Off, with a new key and no recovery codes: what <c>gonghui admin reset-2fa</c> and a disabling user both leave.</summary>
    internal static async Task TurnOffAsync(GonghuiDbContext db, UserManager<User> users, User user, string action, CancellationToken ct)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, SealedUserStore.Provider, SealedUserStore.RecoveryCodes);
        db.RecordEvent(action, nameof(User), user.Id);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Outcome<RecoveryCodes>> NewCodesAsync(User user, string action, CancellationToken ct)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        db.RecordEvent(action, nameof(User), user.Id);
        await db.SaveChangesAsync(ct);
        return new RecoveryCodes(codes);
    }

    private Task<bool> CodeMatchesAsync(User user, string? code) => AuthenticatorCodeMatchesAsync(users, user, code);

    /// <summary>The six digits of a code as typed (spaces allowed), or null when it is no code: refused before any state is read.</summary>
    private static string? Typed(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal) is { Length: 6 } typed && typed.All(char.IsAsciiDigit) ? typed : null;

    /// <summary>Whether the code is the authenticator's current one, checked by Identity.</summary>
    internal static async Task<bool> AuthenticatorCodeMatchesAsync(UserManager<User> users, User user, string? code) =>
        Typed(code) is { } typed && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, typed);

    private async Task<bool> IsRequiredAsync(User user) => settings.Get<TwoFactorSettings>().IsRequiredFor(await users.GetRolesAsync(user));

    public static void Map(RouteGroupBuilder account)
    {
        var g = account.MapGroup("/two-factor");
        g.MapGet("/", async (Me me, EnrolTwoFactor h) => await me.UserAsync() is { } user ? Results.Ok(await h.StatusAsync(user)) : Results.NotFound())
            .WithName("GetTwoFactor");
        g.MapPost("/", async (Me me, EnrolTwoFactor h, Problems p) => await me.UserAsync() is { } user ? (await h.StartAsync(user)).ToHttp(p, TypedResults.Ok) : Results.NotFound())
            .WithName("StartTwoFactor");
        g.MapPost("/confirmation", async (CodeRequest request, Me me, EnrolTwoFactor h, Problems p, CancellationToken ct) =>
                await me.UserAsync() is { } user ? (await h.ConfirmAsync(user, request.Code, ct)).ToHttp(p, TypedResults.Ok) : Results.NotFound())
            .WithName("ConfirmTwoFactor");
        g.MapPost("/recovery-codes", async (CodeRequest request, Me me, EnrolTwoFactor h, Problems p, CancellationToken ct) =>
                await me.UserAsync() is { } user ? (await h.RenewCodesAsync(user, request.Code, ct)).ToHttp(p, TypedResults.Ok) : Results.NotFound())
            .WithName("RenewRecoveryCodes");
        g.MapDelete("/", async ([Microsoft.AspNetCore.Mvc.FromBody] CodeRequest request, Me me, EnrolTwoFactor h, Problems p, CancellationToken ct) =>
                await me.UserAsync() is { } user ? (await h.DisableAsync(user, request.Code, ct)).ToHttp(p, _ => TypedResults.NoContent()) : Results.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .WithName("DisableTwoFactor");
    }

    /// <summary>The signed-in account, as the endpoints' parameter.</summary>
    public sealed class Me(UserManager<User> users, CurrentActor actor)
    {
        public async Task<User?> UserAsync() => actor.UserId is { } id ? await users.FindByIdAsync(id) : null;
    }
}
