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

    public async Task<ImportCounts> RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var unionId = run.Job.UnionId;
        var existing = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Select(e => new { e.Id, e.UnionId, UnionName = e.Union != null ? e.Union.Name : null, Values = e }).ToListAsync(ct);
        var byCode = existing.ToDictionary(e => e.Values.CreditCode, e => new Existing(e.Id, e.UnionId, e.UnionName, e.Values));
        var sections = SectionNames(run);
        const string Columns = "\"Name\", \"CreditCode\", \"IndustrySection\", \"IndustryDivision\", \"SizeClass\", \"SubDistrict\", \"Address\", \"Employees\", \"Revenue\", \"IsLeading\", \"UnionId\"";
        await using var insert = run.Command(
            $"INSERT INTO enterprises ({Columns}, \"Version\", \"CreatedAt\", \"UpdatedAt\") VALUES (@name, @code, @section, @division, @size, @sub, @address, @employees, @revenue, @leading, @union, 1, @now, @now)");
        await using var update = run.Command(
            "UPDATE enterprises SET \"Name\" = @name, \"CreditCode\" = @code, \"IndustrySection\" = @section, \"IndustryDivision\" = @division, \"SizeClass\" = @size, "
            + "\"SubDistrict\" = @sub, \"Address\" = @address, \"Employees\" = @employees, \"Revenue\" = @revenue, \"IsLeading\" = @leading, \"UnionId\" = @union, "
            + "\"Version\" = \"Version\" + 1, \"UpdatedAt\" = @now WHERE \"Id\" = @id");
        var now = DateTime.UtcNow;
        var seen = new Dictionary<string, int>();
        int read = 0, inserted = 0, updated = 0, unchanged = 0;
        foreach (var row in run.File.Rows)
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
            if (found is not null && Same(found.Values, target))
            {
                unchanged++;
                continue;
            }

            var command = found is null ? insert : update;
            Bind(command, target, now, found?.Id);
            await command.ExecuteNonQueryAsync(ct);
            if (found is null)
            {
                inserted++;
            }
            else
            {
                updated++;
            }
        }

        return new ImportCounts(read, inserted, updated, unchanged);
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

    private static void Bind(DbCommand command, Enterprise e, DateTime now, long? id)
    {
        command.Parameters.Clear();
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
        command.Bind("now", now);
        if (id is long i)
        {
            command.Bind("id", i);
        }
    }
}
