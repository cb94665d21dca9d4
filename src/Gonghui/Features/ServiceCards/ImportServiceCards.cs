using System.Data.Common;
using Gonghui.Features.Members;
using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// Imports the bank's issuance file (发卡明细) into a union (the job's union, and the unions under it): each row names an
/// active member by ID number (matched by its keyed hash, the name checked against the record), the card number, the day
/// issued and the branch. The member's card becomes issued — or replaced, when they held one with another number — and a
/// row that says what is already recorded changes nothing, so re-importing a file is harmless. A number already held by
/// someone else, or twice in the file, is refused.
/// </summary>
public sealed class ImportServiceCards(PersonalDataProtector protector) : IRosterImporter
{
    private const int ProgressEvery = 2_000;

    public string Kind => "service-cards";

    public bool RequiresUnion => true;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("name", "Member.Name", true, "张三", "姓名", "持卡人", "持卡人姓名", "客户姓名", "name"),
        new("idNumber", "Member.IdNumber", true, "110105199001011234", "证件号码", "身份证号", "身份证号码", "公民身份号码", "证件号", "id number", "idnumber"),
        new("cardNumber", "ServiceCard.Number", true, "6214830100000001", "京卡卡号", "卡号", "京卡号", "银行卡号", "card number", "cardnumber", "card"),
        new("issuedOn", "ServiceCard.IssuedOn", true, "2026-03-01", "发卡日期", "开卡日期", "制卡日期", "发卡时间", "issued on", "issued"),
        new("branch", "ServiceCard.Branch", false, "北京银行朝阳支行", "发卡网点", "网点", "开户网点", "网点名称", "branch"),
    ];

    public string StagingTable => "import_service_cards";

    private const string Fields = "row_no, member_id, card_cipher, card_hash, status, issued_on, branch";

    private sealed record Held(long Id, ServiceCardStatus Status, string? Hash, DateOnly? IssuedOn, string Branch);

    public async Task<int> StageAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var unionId = run.Job.UnionId!.Value;
        var path = await db.Set<Organisation.Union>().IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstAsync(ct);
        var staging = run.Staging(StagingTable);
        await run.ExecuteAsync(run.Postgres
            ? "CREATE TEMP TABLE import_service_cards (seq bigint GENERATED ALWAYS AS IDENTITY, id bigint, same integer, row_no integer, member_id bigint, card_cipher text, card_hash text, status text, issued_on date, branch text) ON COMMIT DROP"
            : $"CREATE TABLE {staging} (seq INTEGER PRIMARY KEY, id INTEGER, same INTEGER, {Fields})", ct);
        var today = LocalizationSetup.Today;
        var members = await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(path))
            .Select(m => new { m.Id, m.Name, m.IdNumberHash, m.JoinedOn }).ToDictionaryAsync(m => m.IdNumberHash, ct);
        var memberIds = members.Values.Select(m => m.Id).ToHashSet();
        var held = (await db.Set<ServiceCard>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Member!.Status == MemberStatus.Active && c.Member.Union!.Path.StartsWith(path))
                .Select(c => new { c.MemberId, Card = new Held(c.Id, c.Status, c.CardNumberHash, c.IssuedOn, c.Branch) }).ToListAsync(ct))
            .ToDictionary(c => c.MemberId, c => c.Card);
        await using var stage = run.Command($"INSERT INTO {staging} (id, same, {Fields}) VALUES (@id, @same, @row, @member, @cipher, @hash, @status, @issued, @branch)");
        var seenMembers = new Dictionary<long, int>();
        var seenNumbers = new Dictionary<string, int>();
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
            long? member = null;
            var id = IdNumber.Check(run.Cell(row, "idNumber"), today);
            var name = run.Cell(row, "name")?.Trim() ?? "";
            if (id.Problem is { } problem)
            {
                Fail("idNumber", run.T[$"IdNumber.{problem}"]);
            }
            else if (!members.TryGetValue(protector.Hash(id.Value!), out var found))
            {
                Fail("idNumber", run.T["Import.ServiceCard.NotMember"]);
            }
            else if (name.Length == 0 || name != found.Name)
            {
                Fail("name", run.T["Import.Representative.NameMismatch"]);
            }
            else if (seenMembers.TryGetValue(found.Id, out var firstRow))
            {
                Fail("idNumber", run.T["Import.DuplicateInFile", firstRow]);
            }
            else
            {
                member = found.Id;
                seenMembers[found.Id] = row.Number;
            }

            var number = ServiceCardRule.CleanNumber(run.Cell(row, "cardNumber"));
            string? hash = null;
            if (number is null)
            {
                Fail("cardNumber", run.T["ServiceCard.NumberInvalid", ServiceCardRule.MinDigits, ServiceCardRule.MaxDigits]);
            }
            else
            {
                hash = protector.Hash(number);
                if (seenNumbers.TryGetValue(hash, out var firstRow))
                {
                    Fail("cardNumber", run.T["Import.DuplicateInFile", firstRow]);
                }
                else
                {
                    seenNumbers[hash] = row.Number;
                }
            }

            if (!ImportText.TryParseDate(run.Cell(row, "issuedOn"), out var issued) || issued is null || issued > today || issued.Value.Year < 2000)
            {
                Fail("issuedOn", run.T["Import.ServiceCard.IssuedOnInvalid"]);
            }

            var branch = run.Cell(row, "branch")?.Trim() ?? "";
            if (branch.Length > 100)
            {
                Fail("branch", run.T["Field.TooLong", 100]);
            }

            if (run.Errors.Count > before)
            {
                continue;
            }

            var current = held.GetValueOrDefault(member!.Value);
            // A new number for a card issued before (in force or lost) is a replacement; the same number again keeps what it was.
            var status = current is { Hash: not null } c && (c.Hash != hash ? c.Status != ServiceCardStatus.Cancelled : c.Status == ServiceCardStatus.Replaced)
                ? ServiceCardStatus.Replaced
                : ServiceCardStatus.Issued;
            var same = current is not null && ServiceCardRule.InForce(current.Status) && current.Hash == hash && (branch.Length == 0 || branch == current.Branch);
            Bind(stage, current?.Id, same, row.Number, member.Value, protector.Encrypt(number!), hash!, status, issued!.Value, branch.Length == 0 ? current?.Branch ?? "" : branch);
            await stage.ExecuteNonQueryAsync(ct);
        }

        // A number someone outside this file already holds: refused, whoever holds it (the holder is not named).
        const string Taken = "JOIN service_cards c ON c.\"CardNumberHash\" = s.card_hash AND c.\"MemberId\" <> s.member_id";
        await using (var taken = run.Command($"SELECT s.row_no FROM {staging} s {Taken}"))
        await using (var reader = await taken.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                run.Fail(reader.GetInt32(0), "cardNumber", run.T["ServiceCard.NumberTaken"]);
            }
        }

        await run.ExecuteAsync($"DELETE FROM {staging} WHERE seq IN (SELECT s.seq FROM {staging} s {Taken})", ct);
        return read;
    }

    public Task<ImportCounts> ForecastAsync(ImportRun run, CancellationToken ct) => run.CountStagedAsync(StagingTable, "1 = 1", ct);

    public async Task<ImportCounts> WriteAsync(ImportRun run, long after, long through, CancellationToken ct)
    {
        const string InRange = "s.seq > @after AND s.seq <= @through";
        (string, object?)[] range = [("after", after), ("through", through), ("now", DateTime.UtcNow)];
        var staging = run.Staging(StagingTable);
        var issued = ServiceCardStatus.Issued.ToString();
        var replaced = ServiceCardStatus.Replaced.ToString();
        var updated = await run.ExecuteAsync($"""
            UPDATE service_cards AS c SET "Status" = s.status, "CardNumberCipher" = s.card_cipher, "CardNumberHash" = s.card_hash, "Branch" = s.branch,
              "IssuedOn" = CASE WHEN s.status = '{issued}' THEN s.issued_on ELSE c."IssuedOn" END,
              "ReplacedOn" = CASE WHEN s.status = '{replaced}' THEN s.issued_on ELSE c."ReplacedOn" END,
              "CancelledOn" = NULL, "CancelReason" = '', "Version" = c."Version" + 1, "UpdatedAt" = @now
            FROM {staging} s
            WHERE {InRange} AND s.same = 0 AND c."Id" = s.id
            """, ct, range);
        // A member someone else gave a card since the row was checked is left as they wrote it.
        var inserted = await run.ExecuteAsync($"""
            INSERT INTO service_cards ("MemberId", "Status", "CardNumberCipher", "CardNumberHash", "Branch", "IssuedOn", "CancelReason", "Version", "CreatedAt", "UpdatedAt")
            SELECT s.member_id, s.status, s.card_cipher, s.card_hash, s.branch, s.issued_on, '', 1, @now, @now FROM {staging} s
            WHERE {InRange} AND s.id IS NULL AND NOT EXISTS (SELECT 1 FROM service_cards c WHERE c."MemberId" = s.member_id)
            """, ct, range);
        return (await run.CountStagedAsync(StagingTable, InRange, ct, range)).Written(inserted, updated);
    }

    private static void Bind(DbCommand command, long? id, bool same, int row, long memberId, string cipher, string hash, ServiceCardStatus status, DateOnly issued, string branch)
    {
        command.Parameters.Clear();
        command.Bind("id", id);
        command.Bind("same", same ? 1 : 0);
        command.Bind("row", row);
        command.Bind("member", memberId);
        command.Bind("cipher", cipher);
        command.Bind("hash", hash);
        command.Bind("status", status.ToString());
        command.Bind("issued", issued);
        command.Bind("branch", branch);
    }
}
