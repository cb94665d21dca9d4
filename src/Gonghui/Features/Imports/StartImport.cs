using Gonghui.Features.Organisation;
using System.Globalization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Imports;

/// <summary>
/// <c>POST /api/v1/imports</c> (multipart: <c>file</c>, <c>kind</c>, <c>unionId</c>, <c>mode</c>, <c>dryRun</c>, <c>sheet</c>):
/// checks who may import where, keeps the file in the data folder and queues the job; <c>202</c> with the job to poll.
/// </summary>
public sealed class StartImport(GonghuiDbContext db, CurrentActor actor, IEnumerable<IRosterImporter> importers, ImportQueue queue, DataFolder folder, IStringLocalizer<SharedResource> t)
{
    public const long MaxFileBytes = 512L * 1024 * 1024;

    public sealed record Request(string? Kind, long? UnionId, ImportMode? Mode, bool DryRun, string? Sheet);

    /// <summary>Checks the request and stores the file; the caller queues the job or runs it at once (the command line).</summary>
    public async Task<Outcome<(ImportJob Job, StagedFile Staged)>> PrepareAsync(Request request, string fileName, Stream content, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var importer = importers.FirstOrDefault(i => i.Kind == request.Kind);
        if (importer is null)
        {
            errors.Add("kind", t["Import.KindInvalid"]);
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".txt" or ".xlsx"))
        {
            errors.Add("file", t["Import.FileType"]);
        }

        string? unionPath = null;
        if (request.UnionId is long unionId)
        {
            unionPath = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (unionPath is null)
            {
                errors.Add("unionId", t["Union.ParentMissing"]);
            }
        }
        else if (importer?.RequiresUnion == true)
        {
            errors.Add("unionId", t["Member.UnionRequired"]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (!(unionPath is null ? actor.CanWriteDistrictRecords : actor.CanWriteRegistryUnder(unionPath)))
        {
            return Outcome.Forbidden;
        }

        var staged = StagedFile.Create(folder, extension);
        long size;
        await using (var file = new FileStream(staged.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
            size = file.Length;
        }

        if (size == 0 || size > MaxFileBytes)
        {
            staged.Dispose();
            return Outcome.Invalid("file", t[size == 0 ? "Import.File.Empty" : "Import.FileTooLarge", MaxFileBytes / 1024 / 1024]);
        }

        var job = new ImportJob
        {
            Kind = request.Kind!,
            UnionId = request.UnionId,
            FileName = Path.GetFileName(fileName),
            StagedAs = staged.Name,
            Sheet = string.IsNullOrWhiteSpace(request.Sheet) ? null : request.Sheet.Trim(),
            Mode = request.Mode ?? ImportMode.AllOrNothing,
            DryRun = request.DryRun,
            Status = ImportStatus.Queued,
            CreatedById = actor.UserId,
            CreatedByName = actor.UserName ?? "system",
            Culture = CultureInfo.CurrentUICulture.Name is "en" or "zh-CN" ? CultureInfo.CurrentUICulture.Name : "zh-CN",
            CreatedAt = DateTime.UtcNow,
        };
        db.Add(job);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            staged.Dispose();
            throw;
        }

        return (job, staged);
    }

    public async Task<Outcome<ImportJobDto>> HandleAsync(Request request, string fileName, Stream content, CancellationToken ct)
    {
        var prepared = await PrepareAsync(request, fileName, content, ct);
        if (!prepared.IsOk)
        {
            return prepared.Failed<ImportJobDto>();
        }

        var (job, staged) = prepared.Value;
        queue.Enqueue(job.Id, staged);
        return await db.Set<ImportJob>().IgnoreQueryFilters().AsNoTracking().Where(j => j.Id == job.Id).ToDto(db).FirstAsync(ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? kind, [Microsoft.AspNetCore.Mvc.FromForm] long? unionId,
                [Microsoft.AspNetCore.Mvc.FromForm] string? mode, [Microsoft.AspNetCore.Mvc.FromForm] bool? dryRun, [Microsoft.AspNetCore.Mvc.FromForm] string? sheet,
                StartImport h, Problems p, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return ((Outcome<ImportJobDto>)Outcome.Invalid("file", t["Import.FileRequired"])).ToHttp(p, TypedResults.Ok);
                }

                await using var content = file.OpenReadStream();
                var outcome = await h.HandleAsync(new Request(kind, unionId, EnumText.Parse<ImportMode>(mode), dryRun ?? false, sheet), file.FileName, content, ct);
                return outcome.ToHttp(p, j => TypedResults.Accepted($"/api/v1/imports/{j.Id}", j));
            })
            .DisableAntiforgery() // the sign-in cookie is SameSite=Lax: no other site can post here with it
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxFileBytes + (1 << 20)))
            .WithFormOptions(multipartBodyLengthLimit: MaxFileBytes + (1 << 20))
            .Produces(StatusCodes.Status202Accepted)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("StartImport");
}
