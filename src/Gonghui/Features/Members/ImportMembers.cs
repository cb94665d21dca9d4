using System.Globalization;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Gonghui.Features.Members;

/// <summary>
/// Imports a member roster into one union. Each row is checked on its own (ID number, phone, dates, enterprise, duplicates
/// inside the file), sealed, and staged in a temporary table (SQLite prepared statements, PostgreSQL binary COPY); the checks
/// that need the whole district (already an active member elsewhere) and the writes are then set-based SQL. Upsert by ID
/// number: a person already active in this union is updated only where the file says something new, so re-importing a
/// file changes nothing.
/// </summary>
public sealed class ImportMembers(PersonalDataProtector protector) : IRosterImporter
{
    private const int ProgressEvery = 5_000;

    public string Kind => "members";

    public bool RequiresUnion => true;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("name", "Member.Name", true, "张三", "姓名", "名字", "会员姓名", "name"),
        new("idNumber", "Member.IdNumber", true, "110105199001011234", "身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证", "id number", "idnumber", "idno"),
        new("gender", "Member.Gender", false, "男", "性别", "gender", "sex"),
        new("phone", "Member.Phone", false, "13800138000", "手机号", "手机", "手机号码", "联系电话", "电话", "联系方式", "mobile", "phone"),
        new("enterprise", "Member.Enterprise", false, "北京星河信息科技有限公司", "工作单位", "单位名称", "所在单位", "单位", "企业名称", "enterprise", "employer", "company"),
        new("creditCode", "Enterprise.CreditCode", false, "", "统一社会信用代码", "信用代码", "社会信用代码", "credit code", "creditcode"),
        new("joinedOn", "Member.JoinedOn", false, "2024-03-01", "入会日期", "入会时间", "joined", "joined on", "join date"),
    ];

    private sealed record Staged(int Row, string Name, string IdHash, string IdCipher, string? PhoneHash, string? PhoneCipher, DateOnly Birth, Gender Gender, long? EnterpriseId, DateOnly? JoinedOn);

    public string StagingTable => "import_members";

    /// <summary>
    /// The staged row's active member in this union differs where the file says something: an empty cell keeps what is
    /// stored. One text for the count of a dry run and the write of a real one.
    /// </summary>
    private const string Differs = """
        (m."Name" <> s.name
          OR (s.phone_hash IS NOT NULL AND s.phone_hash IS DISTINCT FROM m."PhoneHash")
          OR (s.enterprise_id IS NOT NULL AND s.enterprise_id IS DISTINCT FROM m."EnterpriseId")
          OR (s.joined_on IS NOT NULL AND s.joined_on IS DISTINCT FROM m."JoinedOn"))
        """;

    private const string Active = "m.\"IdNumberHash\" = s.id_hash AND m.\"Status\" = 'Active'";

    private const string SqliteStagingColumns = "(seq INTEGER PRIMARY KEY, row_no INTEGER, name TEXT, id_hash TEXT, id_cipher TEXT, phone_hash TEXT, phone_cipher TEXT, birth_date TEXT, gender TEXT, enterprise_id INTEGER, joined_on TEXT)";

    public async Task<int> StageAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var unionId = run.Job.UnionId!.Value;
        var enterprises = await WorkplaceLookup.LoadAsync(db, ct);
        var staging = run.Staging(StagingTable);
        await run.ExecuteAsync(run.Postgres
            ? "CREATE TEMP TABLE import_members (seq bigint GENERATED ALWAYS AS IDENTITY, row_no integer, name text COLLATE \"C\", id_hash text, id_cipher text, phone_hash text, phone_cipher text, birth_date date, gender text, enterprise_id bigint, joined_on date) ON COMMIT DROP"
            : $"CREATE TABLE {staging} {SqliteStagingColumns}", ct);

        var tally = new Tally();
        var rows = Check(run, enterprises, tally, ct);
        await (run.Postgres ? CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct) : InsertAsync(run, staging, rows, ct));

        // Already an active member of another union: refused, whichever mode; the union named only where the one who
        // started the import may see it (a district account, or the union's own subtree).
        var scope = run.Job.CreatedById is { } starter
            ? await db.Users.IgnoreQueryFilters().Where(u => u.Id == starter).Select(u => db.Set<Gonghui.Features.Organisation.Union>().Where(x => x.Id == u.UnionId).Select(x => x.Path).FirstOrDefault()).FirstOrDefaultAsync(ct)
            : null;
        await using (var elsewhere = run.Command($"""
            SELECT s.row_no, u."Name", u."Path" FROM {staging} s
            JOIN members m ON {Active} AND m."UnionId" <> @union
            JOIN unions u ON u."Id" = m."UnionId"
            """, ("union", unionId)))
        await using (var reader = await elsewhere.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                run.Fail(reader.GetInt32(0), "idNumber", scope is null || reader.GetString(2).StartsWith(scope, StringComparison.Ordinal)
                    ? run.T["Import.Member.ActiveElsewhere", reader.GetString(1)]
                    : run.T["Import.Member.ActiveOutOfScope"]);
            }
        }

        await run.ExecuteAsync($"DELETE FROM {staging} WHERE id_hash IN (SELECT \"IdNumberHash\" FROM members WHERE \"Status\" = 'Active' AND \"UnionId\" <> @union)", ct, ("union", unionId));
        if (!run.Postgres)
        {
            // Batches in the order of the keyed hash: each then adds to one stretch of the two ID-hash indexes instead of
            // to pages all over them, and writes (and commits) several times fewer pages.
            await run.ExecuteAsync($"""
                CREATE TABLE {staging}_by_hash {SqliteStagingColumns};
                INSERT INTO {staging}_by_hash (row_no, name, id_hash, id_cipher, phone_hash, phone_cipher, birth_date, gender, enterprise_id, joined_on)
                  SELECT row_no, name, id_hash, id_cipher, phone_hash, phone_cipher, birth_date, gender, enterprise_id, joined_on FROM {staging} ORDER BY id_hash;
                DROP TABLE {staging};
                ALTER TABLE {staging}_by_hash RENAME TO {StagingTable};
                """, ct);
        }

        return tally.Read;
    }

    public async Task<ImportCounts> ForecastAsync(ImportRun run, CancellationToken ct)
    {
        var staging = run.Staging(StagingTable);
        await using var count = run.Command($"""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN m."Id" IS NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN m."Id" IS NOT NULL AND {Differs} THEN 1 ELSE 0 END), 0)
            FROM {staging} s LEFT JOIN members m ON {Active}
            """);
        await using var reader = await count.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (staged, inserted, updated) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        return new ImportCounts(0, (int)inserted, (int)updated, (int)(staged - inserted - updated));
    }

    public async Task<ImportCounts> WriteAsync(ImportRun run, long after, long through, CancellationToken ct)
    {
        var unionId = run.Job.UnionId!.Value;
        var staging = run.Staging(StagingTable);
        (string, object?)[] range = [("union", unionId), ("after", after), ("through", through), ("now", DateTime.UtcNow)];
        const string InRange = "s.seq > @after AND s.seq <= @through";
        var recreate = run.Postgres ? [] : await SuspendCountTriggersAsync(run, staging, range, ct);
        var existing = (int)await run.CountAsync($"SELECT COUNT(*) FROM {staging} s WHERE {InRange} AND EXISTS (SELECT 1 FROM members m WHERE {Active})", ct, range);
        var updated = await run.ExecuteAsync($"""
            UPDATE members AS m SET "Name" = s.name,
              "PhoneCipher" = COALESCE(s.phone_cipher, m."PhoneCipher"), "PhoneHash" = COALESCE(s.phone_hash, m."PhoneHash"),
              "EnterpriseId" = COALESCE(s.enterprise_id, m."EnterpriseId"), "JoinedOn" = COALESCE(s.joined_on, m."JoinedOn"),
              "Version" = m."Version" + 1, "UpdatedAt" = @now
            FROM {staging} s
            WHERE {InRange} AND {Active} AND m."UnionId" = @union AND {Differs}
            """, ct, range);
        var inserted = await run.ExecuteAsync($"""
            INSERT INTO members ("Name", "IdNumberCipher", "IdNumberHash", "PhoneCipher", "PhoneHash", "BirthDate", "Gender", "UnionId", "EnterpriseId", "JoinedOn", "Status", "Version", "CreatedAt", "UpdatedAt")
            SELECT s.name, s.id_cipher, s.id_hash, s.phone_cipher, s.phone_hash, s.birth_date, s.gender, @union, s.enterprise_id, s.joined_on, 'Active', 1, @now, @now
            FROM {staging} s
            WHERE {InRange} AND NOT EXISTS (SELECT 1 FROM members m WHERE {Active})
            """, ct, range);
        if (!run.Postgres)
        {
            await run.ExecuteAsync("""
                UPDATE enterprises SET "ActiveMembers" = (SELECT COUNT(*) FROM members m WHERE m."EnterpriseId" = enterprises."Id" AND m."Status" = 'Active')
                WHERE "Id" IN (SELECT id FROM import_touched)
                """, ct);
            foreach (var sql in recreate)
            {
                await run.ExecuteAsync(sql, ct);
            }
        }

        return new ImportCounts(0, inserted, updated, existing - updated);
    }

    /// <summary>
    /// SQLite fires its row triggers once per member: a million firings to keep each enterprise's active-member count
    /// would add a quarter to the import. Inside each batch's transaction (SQLite has one writer, and the schema change
    /// commits or rolls back with the rows) the insert and update triggers are dropped, the enterprises the batch touches
    /// are noted and recounted at its end, and the triggers are created again from their own stored text. Each lookup
    /// goes from the batch's staged rows to the member by ID hash (a join would let SQLite walk the union's members
    /// instead, for every batch).
    /// </summary>
    private static async Task<List<string>> SuspendCountTriggersAsync(ImportRun run, string staging, (string, object?)[] range, CancellationToken ct)
    {
        var recreate = new List<string>();
        await using (var stored = run.Command("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('members_active_insert', 'members_active_update')"))
        await using (var reader = await stored.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                recreate.Add(reader.GetString(1));
            }
        }

        foreach (var name in new[] { "members_active_insert", "members_active_update" })
        {
            await run.ExecuteAsync($"DROP TRIGGER IF EXISTS {name}", ct);
        }

        await run.ExecuteAsync($"""
            CREATE TEMP TABLE IF NOT EXISTS import_touched (id INTEGER PRIMARY KEY);
            DELETE FROM import_touched;
            INSERT OR IGNORE INTO import_touched SELECT enterprise_id FROM {staging} s WHERE s.seq > @after AND s.seq <= @through AND enterprise_id IS NOT NULL;
            INSERT OR IGNORE INTO import_touched SELECT e FROM (
              SELECT (SELECT m."EnterpriseId" FROM members m WHERE m."IdNumberHash" = s.id_hash AND m."Status" = 'Active' AND m."UnionId" = @union) AS e
              FROM {staging} s WHERE s.seq > @after AND s.seq <= @through) WHERE e IS NOT NULL;
            """, ct, range);
        return recreate;
    }

    /// <summary>Checks each row on its own; yields the good ones sealed, records the bad ones.</summary>
    private sealed class Tally
    {
        public int Read;
    }

    /// <summary>
    /// Checks and seals rows on every core (the sealing is most of the work), then, in file order, finds duplicates within
    /// the file, records the errors and yields the good rows.
    /// </summary>
    private IEnumerable<Staged> Check(ImportRun run, WorkplaceLookup enterprises, Tally tally, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var seen = new Dictionary<UInt128, int>();
        var checkedRows = run.File!.Rows.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered).WithCancellation(ct)
            .Select(row => CheckRow(run, enterprises, row, today));
        foreach (var (number, errors, staged) in checkedRows)
        {
            tally.Read++;
            run.Errors.AddRange(errors);
            if (staged is not null)
            {
                var key = UInt128.Parse(staged.IdHash.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (seen.TryGetValue(key, out var first))
                {
                    run.Fail(number, "idNumber", run.T["Import.DuplicateInFile", first]);
                }
                else
                {
                    seen[key] = number;
                    yield return staged;
                }
            }

            if (tally.Read % ProgressEvery == 0)
            {
                run.Report("reading", tally.Read);
            }
        }
    }

    /// <summary>One row on its own: its errors, or the row sealed and ready to stage.</summary>
    private (int Number, List<RowError> Errors, Staged? Staged) CheckRow(ImportRun run, WorkplaceLookup enterprises, TabularRow row, DateOnly today)
    {
        var t = run.T;
        var errors = new List<RowError>();
        void Fail(string field, string message) => errors.Add(run.ErrorAt(row.Number, field, message));

        var name = run.Cell(row, "name")?.Trim() ?? "";
        if (name.Length == 0)
        {
            Fail("name", t["Member.NameRequired"]);
        }
        else if (name.Length > 50)
        {
            Fail("name", t["Field.TooLong", 50]);
        }

        var id = IdNumber.Check(run.Cell(row, "idNumber"), today);
        if (id.Problem is { } problem)
        {
            Fail("idNumber", t[$"IdNumber.{problem}"]);
        }

        if (id.Gender is { } gender && ParseGender(run.Cell(row, "gender")) is { } stated && stated != gender)
        {
            Fail("gender", t["Import.Member.GenderMismatch"]);
        }

        var rawPhone = run.Cell(row, "phone");
        var phone = MobileNumber.Clean(rawPhone);
        if (phone is null && !string.IsNullOrWhiteSpace(rawPhone))
        {
            Fail("phone", t["Phone.Invalid"]);
        }

        var (enterpriseId, enterpriseError) = enterprises.Resolve(run, row);
        if (enterpriseError is not null)
        {
            errors.Add(enterpriseError);
        }

        if (!ImportText.TryParseDate(run.Cell(row, "joinedOn"), out var joined))
        {
            Fail("joinedOn", t["Import.DateInvalid"]);
        }
        else if (joined is { } j && (j > today || (id.BirthDate is { } birth && j < birth)))
        {
            Fail("joinedOn", t["Member.JoinedOnInvalid"]);
        }

        if (errors.Count > 0)
        {
            return (row.Number, errors, null);
        }

        return (row.Number, errors, new Staged(row.Number, name, protector.Hash(id.Value!), protector.Encrypt(id.Value!),
            phone is null ? null : protector.Hash(phone), phone is null ? null : protector.Encrypt(phone),
            id.BirthDate!.Value, id.Gender!.Value, enterpriseId, joined));
    }

    private static Gender? ParseGender(string? raw) => Normalise.Compact(raw).ToLowerInvariant() switch
    {
        "男" or "m" or "male" => Gender.Male,
        "女" or "f" or "female" => Gender.Female,
        _ => null,
    };

    private static async Task InsertAsync(ImportRun run, string staging, IEnumerable<Staged> rows, CancellationToken ct)
    {
        await using var insert = run.Command(
            $"INSERT INTO {staging} (row_no, name, id_hash, id_cipher, phone_hash, phone_cipher, birth_date, gender, enterprise_id, joined_on) VALUES (@row, @name, @idHash, @idCipher, @phoneHash, @phoneCipher, @birth, @gender, @enterprise, @joined)",
            ("row", 0), ("name", ""), ("idHash", ""), ("idCipher", ""), ("phoneHash", null), ("phoneCipher", null), ("birth", DateOnly.MinValue),
            ("gender", ""), ("enterprise", null), ("joined", null));
        insert.Prepare();
        var p = insert.Parameters;
        foreach (var s in rows)
        {
            p[0].Value = s.Row;
            p[1].Value = s.Name;
            p[2].Value = s.IdHash;
            p[3].Value = s.IdCipher;
            p[4].Value = (object?)s.PhoneHash ?? DBNull.Value;
            p[5].Value = (object?)s.PhoneCipher ?? DBNull.Value;
            p[6].Value = s.Birth;
            p[7].Value = s.Gender.ToString();
            p[8].Value = (object?)s.EnterpriseId ?? DBNull.Value;
            p[9].Value = s.JoinedOn is { } j ? j : DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<Staged> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY import_members (row_no, name, id_hash, id_cipher, phone_hash, phone_cipher, birth_date, gender, enterprise_id, joined_on) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var s in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(s.Row, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(s.Name, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(s.IdHash, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(s.IdCipher, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, s.PhoneHash, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, s.PhoneCipher, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(s.Birth, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(s.Gender.ToString(), NpgsqlDbType.Text, ct);
            await WriteNullableAsync(copy, s.EnterpriseId, NpgsqlDbType.Bigint, ct);
            await WriteNullableAsync(copy, s.JoinedOn, NpgsqlDbType.Date, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
