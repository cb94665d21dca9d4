using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Organisation;

/// <summary><c>GET /api/v1/unions/export?format=xlsx|csv&amp;q=&amp;kind=</c>: the unions the actor sees, as a file; every export is audited.</summary>
public sealed class ExportUnions(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    public sealed record File(byte[] Content, string ContentType, string Name);

    public async Task<File> HandleAsync(SpreadsheetFormat format, string? q, UnionKind? kind, CancellationToken ct)
    {
        var query = db.Unions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(u => u.Name.Contains(q) || u.Code.Contains(q));
        }

        if (kind is { } k)
        {
            query = query.Where(u => u.Kind == k);
        }

        var unions = await query.OrderBy(u => u.Path)
            .Select(u => new { u.Code, u.Name, u.Kind, u.Sector, ParentCode = u.Parent != null ? u.Parent.Code : null, u.ChairName, u.ContactPhone, u.ContactEmail, u.Address })
            .ToListAsync(ct);
        var rows = unions.Select(u => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [t["Union.Code"]] = u.Code,
            [t["Union.Name"]] = u.Name,
            [t["Union.Kind"]] = t[$"UnionKind.{u.Kind}"].Value,
            [t["Union.Sector"]] = u.Sector is { } s ? t[$"IndustrySector.{s}"].Value : null,
            [t["Union.Parent"]] = u.ParentCode,
            [t["Union.Chair"]] = u.ChairName,
            [t["Union.Phone"]] = u.ContactPhone,
            [t["Union.Email"]] = u.ContactEmail,
            [t["Union.Address"]] = u.Address,
        });
        var content = await Spreadsheet.WriteAsync(rows, format, ct);
        db.RecordEvent("export", nameof(Union), null, $"{{\"rows\":{unions.Count},\"format\":\"{Spreadsheet.Extension(format)}\"}}");
        await db.SaveChangesAsync(ct);
        return new File(content, Spreadsheet.ContentType(format), $"unions.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (ExportUnions h, string? format, string? q, string? kind, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, q, EnumText.Parse<UnionKind>(kind), ct);
                return TypedResults.File(file.Content, file.ContentType, file.Name);
            })
            .WithName("ExportUnions");
}
