using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Services;

/// <summary>
/// <c>POST /api/v1/service-deliveries/{id}/sign-in-sheet</c> (multipart: <c>file</c>, <c>version</c>): an event's sign-in
/// sheet becomes the workers it served. Each row gives a name and an ID number or a mobile number; a row that finds an
/// active member of the delivery's union (or one under it) by its keyed hash, with the same name, names them; any other
/// attendee — no number, or not such a member — is counted in the headcount. The sheet replaces what the delivery had,
/// so sending it again changes nothing. A row whose number is malformed, or names a member by another name, or repeats
/// a member, refuses the whole sheet, each named by its line (<c>rows[7].idNumber</c>); the look-ups are audited.
/// </summary>
public sealed class ImportSignInSheet(GonghuiDbContext db, ServiceDeliveries deliveries, PersonalDataProtector protector, IdentifierLookups lookups, IStringLocalizer<SharedResource> t)
{
    public const long MaxFileBytes = 5L * 1024 * 1024;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["name"] = ["姓名", "职工姓名", "签到人", "name"],
        ["idNumber"] = ["身份证号", "身份证号码", "公民身份号码", "证件号码", "id number"],
        ["phone"] = ["手机号", "手机", "手机号码", "联系电话", "电话", "mobile", "phone"],
    };

    public async Task<Outcome<ServiceDeliveryDto>> HandleAsync(long id, Stream content, long? version, CancellationToken ct)
    {
        var (rows, problem) = await AttachedTable.ReadAsync(content, MaxFileBytes, ServiceDeliveries.MaxRecipients, Aliases, ["name"], f => t[$"SignIn.Column.{f}"].Value,
            "SignIn.TooManyRows", t, ct);
        if (rows is null)
        {
            return Outcome.Invalid("file", problem!);
        }

        // One audited look-up per sheet, whether it is taken or refused (a refusal rolls the step's transaction back).
        var lookedUp = (int?)null;
        var outcome = await Steps.RunAsync(db, id, version, deliveries.FindWritableAsync, async delivery =>
        {
            var path = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == delivery.UnionId).Select(u => u.Path).FirstAsync(ct);
            var e = new ValidationErrors();
            var hashes = new List<(AttachedRow Row, string Field, string Hash)>();
            var today = LocalizationSetup.Today;
            foreach (var row in rows)
            {
                if (string.IsNullOrWhiteSpace(row["name"]))
                {
                    e.Add($"rows[{row.Line}].name", t["SignIn.NameRequired"]);
                }

                if (!string.IsNullOrWhiteSpace(row["idNumber"]))
                {
                    var check = IdNumber.Check(row["idNumber"], today);
                    if (check.Problem is { } p)
                    {
                        e.Add($"rows[{row.Line}].idNumber", t[$"IdNumber.{p}"]);
                    }
                    else
                    {
                        hashes.Add((row, "idNumber", protector.Hash(check.Value!)));
                    }
                }
                else if (!string.IsNullOrWhiteSpace(row["phone"]))
                {
                    if (MobileNumber.Clean(row["phone"]) is { } phone)
                    {
                        hashes.Add((row, "phone", protector.Hash(phone)));
                    }
                    else
                    {
                        e.Add($"rows[{row.Line}].phone", t["Phone.Invalid"]);
                    }
                }
            }

            if (hashes.Count > 0 && lookups.Take() is { } refused)
            {
                return refused;
            }

            var keys = hashes.Select(h => h.Hash).Distinct().ToList();
            var found = keys.Count == 0 ? [] : await db.Set<Member>().IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(path) && (keys.Contains(m.IdNumberHash) || (m.PhoneHash != null && keys.Contains(m.PhoneHash))))
                .Select(m => new { m.Id, m.Name, m.IdNumberHash, m.PhoneHash }).ToListAsync(ct);
            var named = new Dictionary<long, int>();
            foreach (var (row, field, hash) in hashes)
            {
                var member = found.FirstOrDefault(m => field == "idNumber" ? m.IdNumberHash == hash : m.PhoneHash == hash);
                if (member is null)
                {
                    continue;
                }

                if (member.Name != row["name"]?.Trim())
                {
                    e.Add($"rows[{row.Line}].name", t["Import.Representative.NameMismatch"]);
                }
                else if (named.TryGetValue(member.Id, out var first))
                {
                    e.Add($"rows[{row.Line}].{field}", t["Import.DuplicateInFile", first]);
                }
                else
                {
                    named[member.Id] = row.Line;
                }
            }

            lookedUp = named.Count;
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            lookups.Record(nameof(ServiceDelivery), Lookup(id), named.Count);
            ServiceDeliveries.Name(delivery, [.. named.Keys]);
            delivery.Headcount = rows.Count - named.Count;
            return null;
        }, async (x, c) => (await deliveries.ReadAsync(x, c, ignoreScope: true))!, ct);
        if (!outcome.IsOk && lookedUp.HasValue)
        {
            lookups.Record(nameof(ServiceDelivery), Lookup(id), lookedUp.Value, "refused");
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }

    /// <summary>A sheet's look-ups are one entry: the delivery it was for, never the numbers.</summary>
    private static IdentifierLookup Lookup(long deliveryId) => new("sign-in-sheet", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"delivery:{deliveryId}"));

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/sign-in-sheet", async (long id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] long? version, ImportSignInSheet h, Problems p,
                IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return p.Validation(new Dictionary<string, string[]> { ["file"] = [t["Import.FileRequired"]] });
                }

                await using var content = file.OpenReadStream();
                return (await h.HandleAsync(id, content, version, ct)).ToHttp(p, TypedResults.Ok);
            })
            .RequireAuthorization(Policies.WriteRegistry)
            .DisableAntiforgery()
            .WithName("ImportSignInSheet");
}
