using Gonghui.Features.Imports.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Imports;

public sealed record ImportJobDto(
    long Id,
    string Kind,
    long? UnionId,
    string? UnionName,
    string FileName,
    string? Format,
    ImportMode Mode,
    bool DryRun,
    ImportStatus Status,
    int RowsRead,
    int RowsInserted,
    int RowsUpdated,
    int RowsUnchanged,
    int ErrorCount,
    string? Message,
    string CreatedByName,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    ImportProgress? Progress,
    ImportPace? Pace)
{
    public bool Finished => Status is ImportStatus.Completed or ImportStatus.Rejected or ImportStatus.Failed;
}

internal static class ImportJobQueries
{
    // The union's name without IgnoreQueryFilters, which would lift the jobs' own scope too: a job's union is in its reader's scope.
    public static IQueryable<ImportJobDto> ToDto(this IQueryable<ImportJob> jobs, GonghuiDbContext db) =>
        jobs.Select(j => new ImportJobDto(
            j.Id, j.Kind, j.UnionId, db.Set<Union>().Where(u => u.Id == j.UnionId).Select(u => u.Name).FirstOrDefault(), j.FileName, j.Format, j.Mode, j.DryRun, j.Status, j.RowsRead, j.RowsInserted,
            j.RowsUpdated, j.RowsUnchanged, j.ErrorCount, j.Message, j.CreatedByName, j.CreatedAt, j.StartedAt, j.FinishedAt, null, null));

    /// <summary>A running job's live figures come from the progress board: its row says little until writing begins (on PostgreSQL, until the end).</summary>
    public static ImportJobDto WithProgress(this ImportJobDto job, ImportProgressBoard board)
    {
        var progress = job.Finished ? null : board.Of(job.Id);
        return job with { Progress = progress, Pace = ImportPace.Of(job.Finished, progress, job.StartedAt, DateTime.UtcNow) };
    }
}
