using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary>The district's enterprises by credit code and by name, for naming a member's workplace in an imported row.</summary>
internal sealed class WorkplaceLookup
{
    private readonly Dictionary<string, long> byCode = [];
    private readonly Dictionary<string, long?> byName = []; // null: several enterprises share the name

    public static async Task<WorkplaceLookup> LoadAsync(GonghuiDbContext db, CancellationToken ct)
    {
        var lookup = new WorkplaceLookup();
        await foreach (var e in db.Enterprises.IgnoreQueryFilters().AsNoTracking().Select(e => new { e.Id, e.CreditCode, e.Name }).AsAsyncEnumerable().WithCancellation(ct))
        {
            lookup.byCode[e.CreditCode] = e.Id;
            var name = Normalise.Compact(e.Name);
            lookup.byName[name] = lookup.byName.ContainsKey(name) ? null : e.Id;
        }

        return lookup;
    }

    /// <summary>The enterprise a row names, by credit code first, else by its exact name; or why it names none.</summary>
    public (long? Id, RowError? Error) Resolve(ImportRun run, TabularRow row)
    {
        var rawCode = run.Cell(row, "creditCode");
        if (!string.IsNullOrWhiteSpace(rawCode))
        {
            var (code, problem) = CreditCode.Check(rawCode);
            if (problem is { } p)
            {
                return (null, run.ErrorAt(row.Number, "creditCode", run.T[$"CreditCode.{p}"]));
            }

            return byCode.TryGetValue(code!, out var id)
                ? (id, null)
                : (null, run.ErrorAt(row.Number, "creditCode", run.T["Import.Member.UnknownCreditCode", code!]));
        }

        var name = Normalise.Compact(run.Cell(row, "enterprise"));
        if (name.Length == 0)
        {
            return (null, null);
        }

        if (!byName.TryGetValue(name, out var found))
        {
            return (null, run.ErrorAt(row.Number, "enterprise", run.T["Import.Member.UnknownEnterprise", name]));
        }

        return found is null ? (null, run.ErrorAt(row.Number, "enterprise", run.T["Import.Member.AmbiguousEnterprise", name])) : (found, null);
    }
}
