using System.Data.Common;
using System.Globalization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Enterprises;

/// <summary>
/// Imports an enterprise register, upserting by credit code, with the same checks as the form (GB 32100 check character,
/// industry section, NBS 2017 size). The job's union covers the rows; an enterprise another union covers is refused, not moved.
/// A row whose values equal the stored ones is left alone, so re-importing a file changes nothing.
/// </summary>
public sealed class ImportEnterprises : IRosterImporter
{
    private const int ProgressEvery = 2_000;

    public string Kind => "enterprises";

    public bool RequiresUnion => false;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("name", "Enterprise.Name", true, "北京星河信息科技有限公司", "企业名称", "单位名称", "名称", "name"),
        new("creditCode", "Enterprise.CreditCode", true, "91110105MA01ABC233", "统一社会信用代码", "信用代码", "社会信用代码", "credit code", "creditcode"),
        new("industrySection", "Enterprise.Industry", true, "I", "行业门类", "行业", "所属行业", "industry", "section"),
        new("industryDivision", "Import.Field.industryDivision", false, "65", "行业大类", "division"),
        new("sizeClass", "Enterprise.Size", false, "小型", "企业规模", "规模", "size", "size class"),
        new("employees", "Enterprise.Employees", false, "86", "职工人数", "从业人员", "从业人数", "员工人数", "employees"),
        new("revenue", "Enterprise.Revenue", false, "1200", "营业收入", "营业收入（万元）", "revenue"),
        new("subDistrict", "Enterprise.SubDistrict", false, "望京", "所在街道", "街道", "所在地区", "sub-district", "subdistrict"),
        new("address", "Import.Field.address", false, "", "地址", "注册地址", "经营地址", "address"),
        new("isLeading", "Enterprise.IsLeading", false, "否", "行业龙头企业", "龙头企业", "是否龙头企业", "leading"),
    ];

    private sealed record Existing(long Id, long? UnionId, string? UnionName, Enterprise Values);

    public string StagingTable => "import_enterprises";

    private const string Fields = "name, code, section, division, size, sub, address, employees, revenue, is_leading, union_id";

    /// <summary>
    /// Checks each row in C# as the form does and stages what it decided: an insert (no id), an update of the enterprise
    /// with that credit code (its id), or a row equal to the stored one (<c>same</c>, staged only to be counted).
    /// </summary>
    public async Task<int> StageAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var unionId = run.Job.UnionId;
        var staging = run.Staging(StagingTable);
        await run.ExecuteAsync(run.Postgres
            ? "CREATE TEMP TABLE import_enterprises (seq bigint GENERATED ALWAYS AS IDENTITY, id bigint, same integer, name text, code text, section text, division text, size text, sub text, address text, employees integer, revenue numeric(14,2), is_leading boolean, union_id bigint) ON COMMIT DROP"
            : $"CREATE TABLE {staging} (seq INTEGER PRIMARY KEY, id INTEGER, same INTEGER, {Fields})", ct);
        var existing = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Select(e => new { e.Id, e.UnionId, UnionName = e.Union != null ? e.Union.Name : null, Values = e }).ToListAsync(ct);
        var byCode = existing.ToDictionary(e => e.Values.CreditCode, e => new Existing(e.Id, e.UnionId, e.UnionName, e.Values));
        var sections = SectionNames(run);
        await using var stage = run.Command($"INSERT INTO {staging} (id, same, {Fields}) VALUES (@id, @same, @name, @code, @section, @division, @size, @sub, @address, @employees, @revenue, @leading, @union)");
        var seen = new Dictionary<string, int>();
        var read = 0;
        foreach (var row in run.File!.Rows)
        {
            ct.ThrowIfCancellationRequested();
            read++;
            if (read % ProgressEvery == 0)
            {
                run.Report("reading", read);
            }

            var before = run.Errors.Count;
            var input = Read(run, row, sections, unionId);
            var errors = new ValidationErrors();
            var code = EnterpriseInputValidator.CheckFields(input, errors, run.T);
            foreach (var (field, messages) in errors.ToDictionary())
            {
                run.Fail(row.Number, field, messages[0]);
            }

            Existing? found = null;
            if (code is not null)
            {
                if (seen.TryGetValue(code, out var first))
                {
                    run.Fail(row.Number, "creditCode", run.T["Import.DuplicateInFile", first]);
                }
                else
                {
                    seen[code] = row.Number;
                }

                if (byCode.TryGetValue(code, out found) && found.UnionId is { } covering && covering != unionId)
                {
                    run.Fail(row.Number, "creditCode", run.T["Import.Enterprise.CoveredElsewhere", found.UnionName ?? ""]);
                }
            }

            if (run.Errors.Count > before)
            {
                continue;
            }

            var target = new Enterprise { BroughtInById = found?.Values.BroughtInById };
            EnterpriseInputValidator.Apply(target, input with { UnionId = unionId ?? found?.UnionId, BroughtInById = found?.Values.BroughtInById }, code!);
            Bind(stage, target, found?.Id, found is not null && Same(found.Values, target));
            await stage.ExecuteNonQueryAsync(ct);
        }

        return read;
    }

    public Task<ImportCounts> ForecastAsync(ImportRun run, CancellationToken ct) => run.CountStagedAsync(StagingTable, "1 = 1", ct);

    public async Task<ImportCounts> WriteAsync(ImportRun run, long after, long through, CancellationToken ct)
    {
        const string InRange = "s.seq > @after AND s.seq <= @through";
        (string, object?)[] range = [("after", after), ("through", through), ("now", DateTime.UtcNow)];
        var staging = run.Staging(StagingTable);
        var updated = await run.ExecuteAsync($"""
            UPDATE enterprises AS e SET "Name" = s.name, "CreditCode" = s.code, "IndustrySection" = s.section, "IndustryDivision" = s.division,
              "SizeClass" = s.size, "SubDistrict" = s.sub, "Address" = s.address, "Employees" = s.employees, "Revenue" = s.revenue,
              "IsLeading" = s.is_leading, "UnionId" = s.union_id, "Version" = e."Version" + 1, "UpdatedAt" = @now
            FROM {staging} s
            WHERE {InRange} AND s.same = 0 AND e."Id" = s.id
            """, ct, range);
        // An enterprise someone else registered since the row was checked is left as they wrote it.
        var inserted = await run.ExecuteAsync($"""
            INSERT INTO enterprises ("Name", "CreditCode", "IndustrySection", "IndustryDivision", "SizeClass", "SubDistrict", "Address", "Employees", "Revenue", "IsLeading", "UnionId", "Version", "CreatedAt", "UpdatedAt")
            SELECT {Fields}, 1, @now, @now FROM {staging} s
            WHERE {InRange} AND s.id IS NULL AND NOT EXISTS (SELECT 1 FROM enterprises e WHERE e."CreditCode" = s.code)
            """, ct, range);
        return (await run.CountStagedAsync(StagingTable, InRange, ct, range)).Written(inserted, updated);
    }

    private EnterpriseInput Read(ImportRun run, TabularRow row, Dictionary<string, string> sections, long? unionId)
    {
        var sectionText = Normalise.Compact(run.Cell(row, "industrySection"));
        var section = sections.TryGetValue(sectionText, out var s) ? s
            : sectionText.Length >= 1 && char.IsAsciiLetter(sectionText[0]) && (sectionText.Length == 1 || !char.IsAsciiLetter(sectionText[1])) ? sectionText[..1].ToUpperInvariant()
            : sectionText;
        var employeesText = Normalise.Compact(run.Cell(row, "employees"));
        int? employees = null;
        if (employeesText.Length > 0)
        {
            if (int.TryParse(employeesText, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n))
            {
                employees = n;
            }
            else
            {
                run.Fail(row.Number, "employees", run.T["Enterprise.EmployeesInvalid"]);
            }
        }

        var revenueText = Normalise.Compact(run.Cell(row, "revenue"));
        decimal? revenue = null;
        if (revenueText.Length > 0)
        {
            if (decimal.TryParse(revenueText, NumberStyles.Number, CultureInfo.InvariantCulture, out var r))
            {
                revenue = r;
            }
            else
            {
                run.Fail(row.Number, "revenue", run.T["Enterprise.RevenueInvalid"]);
            }
        }

        var sizeText = Normalise.Compact(run.Cell(row, "sizeClass")).ToLowerInvariant();
        SizeClass? size = sizeText switch
        {
            "" => null,
            "大型" or "大" or "large" => SizeClass.Large,
            "中型" or "中" or "medium" => SizeClass.Medium,
            "小型" or "小" or "small" => SizeClass.Small,
            "微型" or "微" or "micro" => SizeClass.Micro,
            _ => null,
        };
        if (size is null && sizeText.Length > 0)
        {
            run.Fail(row.Number, "sizeClass", run.T["Import.Enterprise.SizeInvalid"]);
        }

        var leading = ImportText.ParseFlag(run.Cell(row, "isLeading"));
        if (leading is null && !string.IsNullOrWhiteSpace(run.Cell(row, "isLeading")))
        {
            run.Fail(row.Number, "isLeading", run.T["Import.FlagInvalid"]);
        }

        return new EnterpriseInput
        {
            Name = run.Cell(row, "name")?.Trim(),
            CreditCode = run.Cell(row, "creditCode"),
            IndustrySection = section,
            IndustryDivision = Normalise.Compact(run.Cell(row, "industryDivision")) is { Length: > 0 } d ? d : null,
            SizeClass = size,
            Employees = employees,
            Revenue = revenue,
            SubDistrict = run.Cell(row, "subDistrict"),
            Address = run.Cell(row, "address"),
            IsLeading = leading ?? false,
            UnionId = unionId,
        };
    }

    /// <summary>Section letters by their Chinese and English names (<c>制造业</c>, <c>Manufacturing</c>), as rosters write them.</summary>
    private static Dictionary<string, string> SectionNames(ImportRun run)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var current = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "zh-CN", "en" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                for (var c = 'A'; c <= 'T'; c++)
                {
                    names.TryAdd(Normalise.Compact(run.T[$"IndustrySection.{c}"]), c.ToString());
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }

        return names;
    }

    private static bool Same(Enterprise a, Enterprise b) =>
        a.Name == b.Name && a.IndustrySection == b.IndustrySection && a.IndustryDivision == b.IndustryDivision && a.SizeClass == b.SizeClass
        && a.SubDistrict == b.SubDistrict && a.Address == b.Address && a.Employees == b.Employees && a.Revenue == b.Revenue
        && a.IsLeading == b.IsLeading && a.UnionId == b.UnionId;

    private static void Bind(DbCommand command, Enterprise e, long? id, bool same)
    {
        command.Parameters.Clear();
        command.Bind("id", id);
        command.Bind("same", same ? 1 : 0);
        command.Bind("name", e.Name);
        command.Bind("code", e.CreditCode);
        command.Bind("section", e.IndustrySection);
        command.Bind("division", e.IndustryDivision);
        command.Bind("size", e.SizeClass?.ToString());
        command.Bind("sub", e.SubDistrict);
        command.Bind("address", e.Address);
        command.Bind("employees", e.Employees);
        command.Bind("revenue", e.Revenue);
        command.Bind("leading", e.IsLeading);
        command.Bind("union", e.UnionId);
    }
}
