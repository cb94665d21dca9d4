using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// <c>GET /api/v1/service-cards/applications/export?underUnionId=&amp;pending=&amp;format=xlsx|csv</c>: the application
/// list the bank asks for, in its layout (序号, 姓名, 证件类型, 证件号码, 性别, 手机号码, 工作单位, 所属工会): the members
/// without a card, or those already applied for (<c>pending=true</c>). The bank needs the ID numbers and phones whole,
/// so only a role that may reveal personal data exports it; every export is audited with its row count.
/// </summary>
public sealed class ExportCardApplications(GonghuiDbContext db, CurrentActor actor, PersonalDataProtector protector, IStringLocalizer<SharedResource> t)
{
    public sealed record File(Stream Content, string ContentType, string Name);

    public async Task<Outcome<File>> HandleAsync(long? underUnionId, bool pending, SpreadsheetFormat format, CancellationToken ct)
    {
        if (!actor.MayRevealPersonalData)
        {
            return Outcome.Forbidden;
        }

        // A union outside the actor's scope is not found, not an empty list.
        if (underUnionId is long under && !await db.Unions.AnyAsync(u => u.Id == under, ct))
        {
            return Outcome.NotFound;
        }

        var workplaces = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var idType = t["ServiceCard.IdType"].Value;
        var genders = Enum.GetValues<Gender>().ToDictionary(g => g, g => t[$"Gender.{g}"].Value);
        string[] headers = [.. new[] { "Row", "Name", "IdType", "IdNumber", "Gender", "Phone", "Workplace", "Union" }.Select(h => t[$"ServiceCard.Bank.{h}"].Value)];
        var count = 0;
        var rows = CardApplications.Members(db, underUnionId, pending).AsNoTracking().OrderBy(m => m.Union!.Path).ThenBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new { m.Name, m.IdNumberCipher, m.Gender, m.PhoneCipher, m.EnterpriseId, Union = m.Union!.Name })
            .AsEnumerable().Select(m =>
            {
                count++;
                return (IDictionary<string, object?>)new Dictionary<string, object?>
                {
                    [headers[0]] = count,
                    [headers[1]] = m.Name,
                    [headers[2]] = idType,
                    [headers[3]] = protector.Decrypt(m.IdNumberCipher),
                    [headers[4]] = genders[m.Gender],
                    [headers[5]] = m.PhoneCipher is null ? null : protector.Decrypt(m.PhoneCipher),
                    [headers[6]] = m.EnterpriseId is long e ? workplaces.GetValueOrDefault(e) : null,
                    [headers[7]] = m.Union,
                };
            });
        var content = await Spreadsheet.WriteToTemporaryFileAsync(rows, format, ct);
        db.RecordEvent("export", "ServiceCardApplication", null,
            $"{{\"rows\":{count},\"format\":\"{Spreadsheet.Extension(format)}\",\"pending\":{(pending ? "true" : "false")},\"revealed\":true}}");
        await db.SaveChangesAsync(ct);
        return new File(content, Spreadsheet.ContentType(format), $"jing-card-applications.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/applications/export", async (ExportCardApplications h, Problems p, long? underUnionId, bool? pending, string? format, CancellationToken ct) =>
                (await h.HandleAsync(underUnionId, pending == true, EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, ct))
                    .ToHttp(p, f => TypedResults.Stream(f.Content, f.ContentType, f.Name)))
            .WithName("ExportCardApplications");
}
