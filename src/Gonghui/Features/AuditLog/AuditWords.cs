using System.Globalization;
using System.Text.Json;
using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.AuditLog;

/// <summary>
/// An audit entry in its reader's words: the action and the record's kind named (<c>Audit.Action.*</c>,
/// <c>Audit.Kind.*</c>), the record named as users know it (its name or title from the snapshot, a member's masked),
/// and its changes field by field, labels from <c>Field.*</c> and enum values as the console shows them
/// (<c>{Enum}.{Value}</c>). The stored entry stays as written: the chain's hashes cover it.
/// </summary>
public sealed class AuditWords(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    /// <summary>Bookkeeping columns every record has: shown in the raw entry, not among its changes.</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>(StringComparer.Ordinal) { "Id", "CreatedAt", "UpdatedAt", "Version", "ConcurrencyStamp", "SecurityStamp" };

    /// <summary>
    /// The snapshot fields that name a record, in the order tried: a record's own name or title first, then what a part of
    /// a record is known by (an award, a job type's wage, a round's topics, a resolution's or clause's text).
    /// </summary>
    private static readonly string[] Naming = ["Name", "Title", "UserName", "Occupation", "Code", "Year", "Award", "JobType", "Topics", "Agenda", "HolderName",
        "CertificateNumber", "Mediator", "ReceivedBy", "Text", "Description"];

    /// <summary>A name longer than this (a clause's text) is cut, with "…", so the log's column stays a column.</summary>
    private const int NameLength = 40;

    /// <summary>Every action an entry can name: row changes, then events.</summary>
    public static readonly IReadOnlyList<string> Actions =
        ["create", "update", "delete", "sign-in", "sign-in-failed", "lockout", "unlock", "two-factor-on", "two-factor-off", "two-factor-reset", "recovery-codes", "sign-out",
         "reveal", "look-up", "refuse", "export", "download", "import", "backup", "restore", "key-rotate"];

    /// <summary>Kinds that events name without being a table: a backup or restore, a scorecard or annual report export, an import's kind, the log's own export.</summary>
    public static readonly IReadOnlyList<string> EventKinds = ["AuditEntry", "Database", "Compliance", "AnnualReport", "enterprises", "members"];

    private Dictionary<string, IEntityType>? types;
    private readonly Dictionary<string, string> users = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> unions = [];

    /// <summary>Fields that hold a union's number, shown by the union's name.</summary>
    private static readonly HashSet<string> UnionFields = new(StringComparer.Ordinal) { "UnionId", "ParentId", "ToUnionId", "TransferredFromId" };

    public sealed record FieldChange(string Field, string Label, string? Before, string? After);

    public string Action(string action) => Word($"Audit.Action.{action}") ?? action;

    public string Kind(string entityType) => Word($"Audit.Kind.{entityType}") ?? entityType;

    /// <summary>Every kind an entry can name: the model's audited tables and the events' own kinds.</summary>
    public IEnumerable<string> Kinds() => Types.Keys.Concat(EventKinds).Where(k => Word($"Audit.Kind.{k}") is not null);

    /// <summary>
    /// Learns the names the entries refer to by number: the logins of the accounts they name (a sign-in, an unlock) and
    /// the unions their fields point at. Every account and union, whatever the reader's scope: the log is the district's
    /// and already names every actor.
    /// </summary>
    public async Task NameRecordsAsync(IReadOnlyList<SearchAuditEntries.Item> entries, CancellationToken ct)
    {
        var ids = entries.Where(e => e.EntityType == "User" && e.EntityId is not null && !users.ContainsKey(e.EntityId)).Select(e => e.EntityId!).Distinct().ToList();
        if (ids.Count > 0)
        {
            foreach (var u in await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct))
            {
                users[u.Id] = u.UserName ?? u.Id;
            }
        }

        var unionIds = entries.SelectMany(e => UnionNumbers(e.Before).Concat(UnionNumbers(e.After))).Where(id => !unions.ContainsKey(id)).Distinct().ToList();
        if (unionIds.Count > 0)
        {
            foreach (var u in await db.Set<Organisation.Union>().IgnoreQueryFilters().AsNoTracking().Where(u => unionIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            {
                unions[u.Id] = u.Name;
            }
        }
    }

    private static List<long> UnionNumbers(string? json)
    {
        using var doc = Parse(json);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return doc.RootElement.EnumerateObject().Where(p => UnionFields.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out _))
            .Select(p => p.Value.GetInt64()).ToList();
    }

    /// <summary>The record as users know it: its name or title (a member's masked to the surname), an account's login, else its number.</summary>
    public string Record(SearchAuditEntries.Item e)
    {
        if (e.EntityType == "User" && e.EntityId is { } account && users.TryGetValue(account, out var login))
        {
            return login;
        }

        return NameIn(e.EntityType, e.After ?? e.Before) ?? (e.EntityId is { Length: > 0 } id ? $"#{id}" : "");
    }

    /// <summary>The name a record's snapshot gives it (a member's masked to the surname, a long text cut), or null.</summary>
    public static string? NameIn(string entityType, string? snapshot)
    {
        using var doc = Parse(snapshot);
        if (doc?.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var field in Naming)
        {
            if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number && v.ToString().Trim() is { Length: > 0 } text)
            {
                var name = Masked(entityType, field, text)!;
                return name.Length > NameLength ? string.Concat(name.AsSpan(0, NameLength), "…") : name;
            }
        }

        return null;
    }

    /// <summary>
    /// What the entry changed: an update's fields that differ (an empty value as "—"), a creation's values, a deletion's
    /// last values (empty ones left out); an event's details (the format and rows of an export, the kind of a look-up).
    /// Bookkeeping columns are left to the raw entry; a union's number is given as its name.
    /// </summary>
    public IReadOnlyList<FieldChange> Changes(SearchAuditEntries.Item e)
    {
        using var before = Parse(e.Before);
        using var after = Parse(e.After);
        var entity = Types.GetValueOrDefault(e.EntityType);
        var fields = new List<string>();
        foreach (var doc in new[] { before, after })
        {
            if (doc?.RootElement.ValueKind == JsonValueKind.Object)
            {
                fields.AddRange(doc.RootElement.EnumerateObject().Select(p => p.Name).Where(n => !Bookkeeping.Contains(n) && !fields.Contains(n)));
            }
        }

        var list = new List<FieldChange>();
        foreach (var field in fields)
        {
            var old = Masked(e.EntityType, field, Value(before, field, entity));
            var @new = Masked(e.EntityType, field, Value(after, field, entity));
            if (before is not null && after is not null)
            {
                if (old != @new)
                {
                    list.Add(new FieldChange(field, Label(field), old ?? "—", @new ?? "—"));
                }
            }
            else if (old is not null || @new is not null)
            {
                list.Add(new FieldChange(field, Label(field), old, @new));
            }
        }

        return list;
    }

    /// <summary>One change as a line: an update's "状态：草稿 → 已提交", a creation's or deletion's "名称：…".</summary>
    public string ChangeText(FieldChange c) => c.Before is not null && c.After is not null ? $"{c.Label}：{c.Before} → {c.After}" : $"{c.Label}：{c.Before ?? c.After}";

    /// <summary>
    /// A field's label: <c>Field.{Name}</c> (a complex property's <c>Figures.Workers</c> by its last part; an event's
    /// camel-case <c>status</c> as the model's <c>Status</c>), else the name.
    /// </summary>
    public string Label(string field) =>
        Word($"Field.{field}") ?? Word($"Field.{field[(field.LastIndexOf('.') + 1)..]}") ?? Word($"Field.{char.ToUpperInvariant(field[0])}{field[1..]}") ?? field;

    private string? Word(string key) => t[key] is { ResourceNotFound: false } s ? s.Value : null;

    private string? Value(JsonDocument? doc, string field, IEntityType? entity)
    {
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(field, out var v))
        {
            return null;
        }

        var clr = entity is null ? null : ClrTypeOf(entity, field);
        return v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => t["Common.Yes"].Value,
            JsonValueKind.False => t["Common.No"].Value,
            JsonValueKind.Number when clr is { IsEnum: true } && v.TryGetInt64(out var n) => EnumWord(clr, n),
            JsonValueKind.Number when UnionFields.Contains(field) && v.TryGetInt64(out var union) && unions.TryGetValue(union, out var unionName) => unionName,
            JsonValueKind.String when clr == typeof(DateTime) && v.TryGetDateTime(out var at) => at.ToUniversalTime().ToLocalText(),
            // An import's event names its job's status by the enum's name.
            JsonValueKind.String when entity is null && field == "status" && Word($"ImportStatus.{v.GetString()}") is { } status => status,
            JsonValueKind.Array => string.Join(t["Common.ListSeparator"].Value, v.EnumerateArray().Select(x => x.ToString())),
            JsonValueKind.String => Shortened(v.GetString()!),
            _ => v.ToString(),
        };
    }

    /// <summary>A long value (a closed year's kept parameters) cut to a line; the raw entry has it whole.</summary>
    private static string Shortened(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…");

    private string EnumWord(Type type, long value)
    {
        var name = Enum.GetName(type, Enum.ToObject(type, value));
        return name is null ? value.ToString(CultureInfo.InvariantCulture) : Word($"{type.Name}.{name}") ?? name;
    }

    private static Type? ClrTypeOf(IEntityType entity, string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        var type = dot < 0
            ? entity.FindProperty(field)?.ClrType
            : entity.FindComplexProperty(field[..dot])?.ComplexType.FindProperty(field[(dot + 1)..])?.ClrType;
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>The model's tables by the name their entries give them.</summary>
    private Dictionary<string, IEntityType> Types => types ??= db.Model.GetEntityTypes().Where(e => !e.IsOwned())
        .GroupBy(e => AuditRecorder.TypeName(e.ClrType)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>A member's name to its surname, wherever the entry shows it: the record's name and its changes alike.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private static string? Masked(string entityType, string field, string? value) =>
        entityType == "Member" && field == "Name" && value is { Length: > 1 } name ? name[0] + new string('*', name.Length - 1) : value;

    private static JsonDocument? Parse(string? json)
    {
        if (json is not { Length: > 0 } || json[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
