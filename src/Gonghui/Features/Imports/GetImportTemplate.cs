using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Imports;

/// <summary><c>GET /api/v1/imports/templates/{kind}?format=xlsx|csv</c>: the columns of a kind's roster with one example row.</summary>
public sealed class GetImportTemplate(IEnumerable<IRosterImporter> importers, IStringLocalizer<SharedResource> t)
{
    public sealed record File(byte[] Content, string ContentType, string Name);

    public async Task<Outcome<File>> HandleAsync(string kind, SpreadsheetFormat format, CancellationToken ct)
    {
        if (importers.FirstOrDefault(i => i.Kind == kind) is not { } importer)
        {
            return Outcome.NotFound;
        }

        var example = importer.Columns.ToDictionary(c => t[c.HeaderKey].Value + (c.Required ? "*" : ""), c => (object?)c.Example);
        var content = await Spreadsheet.WriteAsync([example], format, ct);
        return new File(content, Spreadsheet.ContentType(format), $"{kind}-template.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/templates/{kind}", async (string kind, string? format, GetImportTemplate h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(kind, EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, ct)).ToHttp(p, f => TypedResults.File(f.Content, f.ContentType, f.Name)))
            .WithName("GetImportTemplate");
}
