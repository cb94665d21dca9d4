using System.CommandLine;
using Gonghui.Features.Imports;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Host;

/// <summary>
/// <c>import members|enterprises FILE [--union CODE] [--dry-run] [--mode all-or-nothing|valid-rows] [--sheet NAME] [--errors FILE]</c>:
/// the same import as the console's, run in this process with its progress on standard error.
/// </summary>
internal static class ImportCommands
{
    public static Command Import(BackupCommands.Runner run)
    {
        var import = new Command("import", "Import a roster from CSV (UTF-8, GBK, GB18030) or XLSX; nothing is written if a bad row stops it");
        foreach (var kind in new[] { "members", "enterprises" })
        {
            import.Subcommands.Add(Kind(run, kind));
        }

        return import;
    }

    private static Command Kind(BackupCommands.Runner run, string kind)
    {
        var file = new Argument<FileInfo>("file") { Description = "the roster: .csv or .xlsx" };
        var union = new Option<string?>("--union") { Description = kind == "members" ? "the union the members belong to (its code)" : "the union that covers these enterprises (its code); none leaves them uncovered", Required = kind == "members" };
        var dryRun = new Option<bool>("--dry-run") { Description = "check every row and report, write nothing" };
        var mode = new Option<string?>("--mode") { Description = "all-or-nothing (default): any bad row and nothing is written; valid-rows: write the good rows" };
        var sheet = new Option<string?>("--sheet") { Description = "XLSX: the sheet to read (default: the first)" };
        var errorsFile = new Option<FileInfo?>("--errors") { Description = "where to write the error report (default: FILE-errors.xlsx beside the roster)" };
        var cmd = new Command(kind, kind == "members" ? "Import members into a union (upsert by ID number)" : "Import enterprises (upsert by credit code)")
            { file, union, dryRun, mode, sheet, errorsFile };
        cmd.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                throw new CliException($"no file {source.FullName}");
            }

            var importMode = parse.GetValue(mode) is { } m ? EnumText.Parse<ImportMode>(m) ?? throw new CliException($"unknown mode '{m}'") : ImportMode.AllOrNothing;
            var unionId = parse.GetValue(union) is { } code ? await Cli.UnionIdAsync(sp, code, ct) : (long?)null;
            Outcome<(ImportJob Job, StagedFile Staged)> prepared;
            await using (var content = source.OpenRead())
            {
                prepared = await sp.GetRequiredService<StartImport>().PrepareAsync(
                    new StartImport.Request(kind, unionId, importMode, parse.GetValue(dryRun), parse.GetValue(sheet)), source.Name, content, ct);
            }

            if (!prepared.IsOk)
            {
                throw new CliException(prepared.Errors?.Summary ?? prepared.Kind.ToString());
            }

            var progress = new Progress<ImportProgress>(p => Console.Error.WriteLine($"{p.Phase}: {p.RowsRead} rows read, {p.Errors} errors{(p.Percent is { } percent ? $", {percent}%" : "")}"));
            var job = await sp.GetRequiredService<ImportRunner>().RunAsync(prepared.Value.Job.Id, prepared.Value.Staged, progress, ct);
            Console.WriteLine($"{job.Status.ToString().ToLowerInvariant()}{(job.DryRun ? " (dry run: nothing written)" : "")}: {job.RowsRead} rows read, "
                + $"{job.RowsInserted} inserted, {job.RowsUpdated} updated, {job.RowsUnchanged} unchanged, {job.ErrorCount} errors"
                + $" in {(job.FinishedAt - job.StartedAt)?.TotalSeconds:0.0} s, peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
            if (job.Message is { } message)
            {
                await Console.Error.WriteLineAsync(message);
            }

            if (job.ErrorCount > 0)
            {
                var report = parse.GetValue(errorsFile)?.FullName ?? Path.Combine(source.DirectoryName!, Path.GetFileNameWithoutExtension(source.Name) + "-errors.xlsx");
                var errors = await sp.GetRequiredService<ExportImportErrors>().HandleAsync(job.Id, report.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SpreadsheetFormat.Csv : SpreadsheetFormat.Xlsx, ct);
                await using (var content = errors.Value!.Content)
                await using (var target = File.Create(report))
                {
                    await content.CopyToAsync(target, ct);
                }

                await Console.Error.WriteLineAsync($"error report: {report}");
                foreach (var e in await sp.GetRequiredService<GonghuiDbContext>().Set<ImportError>().Where(e => e.ImportJobId == job.Id).OrderBy(e => e.Row).Take(10).ToListAsync(ct))
                {
                    await Console.Error.WriteLineAsync($"  row {e.Row}, {e.Column}: {e.Message}");
                }
            }

            return job.Status == ImportStatus.Completed ? 0 : 1;
        }, ct));
        return cmd;
    }
}
