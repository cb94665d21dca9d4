using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Enterprises;

/// <summary>
/// <c>GET /api/v1/enterprises/export?format=xlsx|csv&amp;q=&amp;section=&amp;size=&amp;subDistrict=&amp;covered=&amp;unionId=</c>: the
/// enterprises the actor sees, with the list's filters, streamed through a temporary file; audited. The columns are the
/// import template's, so an export can be edited and imported again.
/// </summary>
public sealed class ExportEnterprises(GonghuiDbContext db, ListEnterprises list, IStringLocalizer<SharedResource> t)
{
    public sealed record File(Stream Content, string ContentType, string Name);

    public async Task<File> HandleAsync(SpreadsheetFormat format, string? q, ListEnterprises.Filter filter, CancellationToken ct)
    {
        var count = 0;
        var yes = t["Common.Yes"].Value;
        var no = t["Common.No"].Value;
        var rows = list.Query(new PageQuery(null, null, q, null), filter).OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new { e.Name, e.CreditCode, e.IndustrySection, e.IndustryDivision, e.SizeClass, e.Employees, e.Revenue, e.SubDistrict, e.Address, e.IsLeading, Union = e.Union != null ? e.Union.Name : null })
            .AsEnumerable()
            .Select(e =>
            {
                count++;
                return (IDictionary<string, object?>)new Dictionary<string, object?>
                {
                    [t["Enterprise.Name"]] = e.Name,
                    [t["Enterprise.CreditCode"]] = e.CreditCode,
                    [t["Enterprise.Industry"]] = e.IndustrySection,
                    [t["Import.Field.industryDivision"]] = e.IndustryDivision,
                    [t["Enterprise.Size"]] = e.SizeClass is { } s ? t[$"SizeClass.{s}"].Value : null,
                    [t["Enterprise.Employees"]] = e.Employees,
                    [t["Enterprise.Revenue"]] = e.Revenue,
                    [t["Enterprise.SubDistrict"]] = e.SubDistrict,
                    [t["Import.Field.address"]] = e.Address,
                    [t["Enterprise.IsLeading"]] = e.IsLeading ? yes : no,
                    [t["Enterprise.Union"]] = e.Union,
                };
            });
        var content = await Spreadsheet.WriteToTemporaryFileAsync(rows, format, ct);
        db.RecordEvent("export", nameof(Enterprise), null, $"{{\"rows\":{count},\"format\":\"{Spreadsheet.Extension(format)}\"}}");
        await db.SaveChangesAsync(ct);
        return new File(content, Spreadsheet.ContentType(format), $"enterprises.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (ExportEnterprises h, string? format, string? q, string? section, bool? covered, long? unionId, string? size, string? subDistrict, long? underUnionId, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, q,
                    new ListEnterprises.Filter(section, covered, unionId, EnumText.Parse<SizeClass>(size), subDistrict, underUnionId), ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.Name);
            })
            .WithName("ExportEnterprises");
}
