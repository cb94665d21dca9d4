using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;

namespace Gonghui.Infrastructure.Files;

/// <summary>
/// The export of a list page: every row the list gives the actor under the same filters (read page by page, however
/// many), one spreadsheet row each, XLSX or CSV; the export is audited with its row count.
/// </summary>
public sealed class ListExport(GonghuiDbContext db)
{
    /// <param name="entity">The audit log's entity type (<c>JointMeeting</c>).</param>
    /// <param name="name">The file's name without its extension (<c>joint-meetings</c>).</param>
    /// <param name="list">The list's handler for one page.</param>
    /// <param name="row">One item as named columns, in the request's language.</param>
    public async Task<IResult> WriteAsync<T>(string entity, string name, Func<PageQuery, Task<PagedResult<T>>> list, PageQuery query,
        Func<T, IDictionary<string, object?>> row, string? format, CancellationToken ct)
    {
        var items = new List<T>();
        for (var page = 1; ; page++)
        {
            var result = await list(query with { Page = page, PageSize = PageQuery.MaxPageSize });
            items.AddRange(result.Items);
            if (result.Items.Count < PageQuery.MaxPageSize || items.Count >= result.Total)
            {
                break;
            }
        }

        var chosen = EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx;
        var extension = Spreadsheet.Extension(chosen);
        var content = await Spreadsheet.WriteToTemporaryFileAsync(items.Select(row), chosen, ct);
        db.RecordEvent("export", entity, null, $"{{\"rows\":{items.Count},\"format\":\"{extension}\"}}");
        await db.SaveChangesAsync(ct);
        return TypedResults.Stream(content, Spreadsheet.ContentType(chosen), $"{name}.{extension}");
    }

    /// <summary>A day as the spreadsheet shows it.</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant as the spreadsheet shows it: Beijing time to the minute.</summary>
    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, Localization.LocalizationSetup.Shanghai).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
