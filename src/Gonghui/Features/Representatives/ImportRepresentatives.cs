using System.Data.Common;
using Gonghui.Features.Congresses;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Representatives;

/// <summary>
/// Imports the permanent representatives of a union's congress (the job's union) from the list its constituencies
/// returned: each row names an active member of the union or a union under it by ID number (matched by its keyed hash,
/// the name checked against the record), the term by its number (the term in force when the column is empty), and the
/// constituency, its kind, the day and the make-up, with the form's checks. A member already serving in the term is
/// updated where the file differs, so re-importing a file changes nothing.
/// </summary>
public sealed class ImportRepresentatives(PersonalDataProtector protector) : IRosterImporter
{
    private const int ProgressEvery = 2_000;

    public string Kind => "representatives";

    public bool RequiresUnion => true;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("name", "Member.Name", true, "张三", "姓名", "代表姓名", "name"),
        new("idNumber", "Member.IdNumber", true, "110105199001011234", "身份证号", "身份证号码", "公民身份号码", "证件号码", "id number", "idnumber"),
        new("term", "Import.Field.term", false, "3", "届次", "届", "term"),
        new("constituency", "Representative.Constituency", true, "北京星河信息科技有限公司", "选区", "选举单位", "constituency"),
        new("constituencyKind", "Representative.ConstituencyKind", true, "企业", "选区类别", "选区类型", "constituency kind"),
        new("electedOn", "Representative.ElectedOn", true, "2024-09-01", "当选日期", "当选时间", "elected on", "elected"),
        new("frontLine", "Representative.FrontLine", false, "是", "一线职工", "是否一线职工", "front-line", "front line"),
        new("officer", "Representative.Officer", false, "否", "领导干部", "是否领导干部", "officer"),
    ];

    public string StagingTable => "import_representatives";

    private const string Fields = "term_id, member_id, constituency, kind, elected_on, front_line, officer";

    private sealed record Term(long Id, int Number, DateOnly StartsOn, DateOnly EndsOn);

    private sealed record Serving(long Id, string Constituency, ConstituencyKind Kind, DateOnly ElectedOn, bool FrontLine, bool Officer);

    /// <summary>Checks each row as the form does and stages what it decided: an insert (no id), an update of the member's serving record (its id), or a row equal to it (<c>same</c>).</summary>
    public async Task<int> StageAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var unionId = run.Job.UnionId!.Value;
        var path = await db.Set<Organisation.Union>().IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstAsync(ct);
        var staging = run.Staging(StagingTable);
        await run.ExecuteAsync(run.Postgres
            ? "CREATE TEMP TABLE import_representatives (seq bigint GENERATED ALWAYS AS IDENTITY, id bigint, same integer, term_id bigint, member_id bigint, constituency text, kind text, elected_on date, front_line boolean, officer boolean) ON COMMIT DROP"
            : $"CREATE TABLE {staging} (seq INTEGER PRIMARY KEY, id INTEGER, same INTEGER, {Fields})", ct);
        var today = LocalizationSetup.Today;
        var terms = await db.Set<CongressTerm>().IgnoreQueryFilters().AsNoTracking().Where(x => x.UnionId == unionId && x.PermanentRepresentatives)
            .Select(x => new Term(x.Id, x.Number, x.StartsOn, x.EndsOn)).ToListAsync(ct);
        var current = terms.Where(x => x.StartsOn <= today && x.EndsOn >= today).MaxBy(x => x.StartsOn) ?? terms.MaxBy(x => x.StartsOn);
        var members = await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(path))
            .Select(m => new { m.Id, m.Name, m.IdNumberHash }).ToDictionaryAsync(m => m.IdNumberHash, ct);
        var termIds = terms.Select(x => x.Id).ToList();
        var serving = await db.Set<Representative>().IgnoreQueryFilters().AsNoTracking().Where(r => termIds.Contains(r.TermId) && r.EndedOn == null)
            .Select(r => new { r.TermId, r.MemberId, Row = new Serving(r.Id, r.Constituency, r.ConstituencyKind, r.ElectedOn, r.FrontLine, r.Officer) })
            .ToDictionaryAsync(r => (r.TermId, r.MemberId), r => r.Row, ct);
        await using var stage = run.Command($"INSERT INTO {staging} (id, same, {Fields}) VALUES (@id, @same, @term, @member, @constituency, @kind, @elected, @frontLine, @officer)");
        var seen = new Dictionary<(long, long), int>();
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
            void Fail(string field, string message) => run.Fail(row.Number, field, message);
            var term = ReadTerm(run, row, terms, current, Fail);
            var member = (long?)null;
            var id = IdNumber.Check(run.Cell(row, "idNumber"), today);
            var name = run.Cell(row, "name")?.Trim() ?? "";
            if (id.Problem is { } problem)
            {
                Fail("idNumber", run.T[$"IdNumber.{problem}"]);
            }
            else if (!members.TryGetValue(protector.Hash(id.Value!), out var found))
            {
                Fail("idNumber", run.T["Representative.MemberNotUnder"]);
            }
            else if (name.Length == 0 || name != found.Name)
            {
                Fail("name", run.T["Import.Representative.NameMismatch"]);
            }
            else
            {
                member = found.Id;
            }

            var constituency = run.Cell(row, "constituency")?.Trim() ?? "";
            if (constituency.Length == 0)
            {
                Fail("constituency", run.T["Representative.ConstituencyRequired"]);
            }
            else if (constituency.Length > 200)
            {
                Fail("constituency", run.T["Field.TooLong", 200]);
            }

            var kind = ParseKind(run.Cell(row, "constituencyKind"));
            if (kind is null)
            {
                Fail("constituencyKind", run.T["Import.Representative.KindInvalid"]);
            }

            if (!ImportText.TryParseDate(run.Cell(row, "electedOn"), out var elected) || elected is null)
            {
                Fail("electedOn", run.T["Import.DateInvalid"]);
            }
            else if (term is not null && (elected < term.StartsOn || elected > term.EndsOn || elected > today))
            {
                Fail("electedOn", run.T["Representative.ElectedOnInvalid", Day(term.StartsOn), Day(term.EndsOn)]);
            }

            var frontLine = Flag(run, row, "frontLine", Fail);
            var officer = Flag(run, row, "officer", Fail);
            if (term is not null && member is long m)
            {
                if (seen.TryGetValue((term.Id, m), out var first))
                {
                    Fail("idNumber", run.T["Import.DuplicateInFile", first]);
                }
                else
                {
                    seen[(term.Id, m)] = row.Number;
                }
            }

            if (run.Errors.Count > before)
            {
                continue;
            }

            var staged = new Serving(0, constituency, kind!.Value, elected!.Value, frontLine, officer);
            var existing = serving.GetValueOrDefault((term!.Id, member!.Value));
            Bind(stage, existing?.Id, existing is not null && existing == staged with { Id = existing.Id }, term.Id, member.Value, staged);
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
            UPDATE representatives AS r SET "Constituency" = s.constituency, "ConstituencyKind" = s.kind, "ElectedOn" = s.elected_on, "FrontLine" = s.front_line,
              "Officer" = s.officer, "Version" = r."Version" + 1, "UpdatedAt" = @now
            FROM {staging} s
            WHERE {InRange} AND s.same = 0 AND r."Id" = s.id AND r."EndedOn" IS NULL
            """, ct, range);
        // A member someone else entered since the row was checked is left as they wrote it.
        var inserted = await run.ExecuteAsync($"""
            INSERT INTO representatives ("TermId", "MemberId", "Constituency", "ConstituencyKind", "ElectedOn", "FrontLine", "Officer", "EndReason", "Version", "CreatedAt", "UpdatedAt")
            SELECT {Fields}, '', 1, @now, @now FROM {staging} s
            WHERE {InRange} AND s.id IS NULL
              AND NOT EXISTS (SELECT 1 FROM representatives r WHERE r."TermId" = s.term_id AND r."MemberId" = s.member_id AND r."EndedOn" IS NULL)
            """, ct, range);
        return (await run.CountStagedAsync(StagingTable, InRange, ct, range)).Written(inserted, updated);
    }

    /// <summary>The term the row names by its number, or the union's term in force (its latest) when the cell is empty.</summary>
    private static Term? ReadTerm(ImportRun run, TabularRow row, IReadOnlyList<Term> terms, Term? current, Action<string, string> fail)
    {
        var text = Normalise.Compact(run.Cell(row, "term")).Replace("第", "", StringComparison.Ordinal).Replace("届", "", StringComparison.Ordinal);
        var term = text.Length == 0 ? current
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? terms.FirstOrDefault(x => x.Number == number)
            : null;
        if (term is null)
        {
            fail("term", run.T["Import.Representative.TermMissing"]);
        }

        return term;
    }

    private static ConstituencyKind? ParseKind(string? raw) => Normalise.Compact(raw).ToLowerInvariant() switch
    {
        "企业" or "单位" or "enterprise" => ConstituencyKind.Enterprise,
        "车间" or "部门" or "车间（部门）" or "车间(部门)" or "workshop" => ConstituencyKind.Workshop,
        "联合选区" or "联合选区（小微企业）" or "联合选区(小微企业)" or "enterprisegroup" or "enterprise-group" or "group" => ConstituencyKind.EnterpriseGroup,
        _ => null,
    };

    private static bool Flag(ImportRun run, TabularRow row, string field, Action<string, string> fail)
    {
        var flag = ImportText.ParseFlag(run.Cell(row, field));
        if (flag is null && !string.IsNullOrWhiteSpace(run.Cell(row, field)))
        {
            fail(field, run.T["Import.FlagInvalid"]);
        }

        return flag ?? false;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Bind(DbCommand command, long? id, bool same, long termId, long memberId, Serving row)
    {
        command.Parameters.Clear();
        command.Bind("id", id);
        command.Bind("same", same ? 1 : 0);
        command.Bind("term", termId);
        command.Bind("member", memberId);
        command.Bind("constituency", row.Constituency);
        command.Bind("kind", row.Kind.ToString());
        command.Bind("elected", row.ElectedOn);
        command.Bind("frontLine", row.FrontLine);
        command.Bind("officer", row.Officer);
    }
}
