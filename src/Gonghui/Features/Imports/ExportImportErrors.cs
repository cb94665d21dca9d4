using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Imports;

/// <summary>
/// <c>GET /api/v1/imports/{id}/errors?format=xlsx|csv</c>: the error report, one line per reason: row, column, reason; a
/// last line counts the errors past those kept in full (<see cref="RowErrors"/>).
/// </summary>
public sealed class ExportImportErrors(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    public sealed record File(Stream Content, string ContentType, string Name);

    public async Task<Outcome<File>> HandleAsync(long id, SpreadsheetFormat format, CancellationToken ct)
    {
        var job = await db.Set<ImportJob>().AsNoTracking().Where(j => j.Id == id).Select(j => new { j.Id, j.FileName, j.ErrorCount }).FirstOrDefaultAsync(ct);
        if (job is null)
        {
            return Outcome.NotFound;
        }

        var (row, column, reason) = (t["Import.Report.Row"].Value, t["Import.Report.Column"].Value, t["Import.Report.Reason"].Value);
        var rows = ListImportErrors.Of(db, id).AsEnumerable()
            .Select(e => (IDictionary<string, object?>)new Dictionary<string, object?> { [row] = e.Row, [column] = e.Column, [reason] = e.Message });
        // Only the first errors are kept in full: the report ends by saying how many more the file had.
        var kept = await db.Set<ImportError>().CountAsync(e => e.ImportJobId == id, ct);
        if (job.ErrorCount > kept)
        {
            rows = rows.Append(new Dictionary<string, object?> { [row] = null, [column] = null, [reason] = t["Import.Report.More", job.ErrorCount - kept, kept].Value });
        }

        var content = await Spreadsheet.WriteToTemporaryFileAsync(rows, format, ct);
        var name = $"{Path.GetFileNameWithoutExtension(job.FileName)}-errors.{Spreadsheet.Extension(format)}";
        return new File(content, Spreadsheet.ContentType(format), name);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}/errors", async (long id, string? format, ExportImportErrors h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, ct)).ToHttp(p, f => TypedResults.Stream(f.Content, f.ContentType, f.Name)))
            .WithName("ExportImportErrors");
}
