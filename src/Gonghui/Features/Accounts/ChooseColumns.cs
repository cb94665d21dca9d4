using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Accounts;

/// <summary>
/// <c>GET</c> and <c>PUT /api/v1/account/columns/{table}</c>: the columns the signed-in user hides in one console table
/// (the members, enterprises, unions lists), remembered per user on the server.
/// </summary>
public sealed class ChooseColumns(GonghuiDbContext db, CurrentActor actor, ChoosableTables tables, IStringLocalizer<SharedResource> t)
{
    /// <summary>The table's columns a user may hide, each with its title in the caller's language and whether it is hidden.</summary>
    public sealed record Choice(string Table, IReadOnlyList<Column> Columns);

    public sealed record Column(string Key, string Title, bool Hidden);

    public sealed record Request(IReadOnlyList<string?>? Hidden);

    public async Task<Outcome<Choice>> GetAsync(string table, CancellationToken ct)
    {
        if (tables.Find(table) is not { } declared || actor.UserId is null)
        {
            return Outcome.NotFound;
        }

        var hidden = await db.Set<ColumnChoice>().AsNoTracking().Where(c => c.UserId == actor.UserId && c.Table == table).Select(c => c.Hidden).FirstOrDefaultAsync(ct);
        return ChoiceOf(declared, Split(hidden));
    }

    public async Task<Outcome<Choice>> SetAsync(string table, Request request, CancellationToken ct)
    {
        if (tables.Find(table) is not { } declared || actor.UserId is null)
        {
            return Outcome.NotFound;
        }

        var keys = declared.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var hidden = request.Hidden ?? [];
        for (var i = 0; i < hidden.Count; i++)
        {
            if (hidden[i] is not { } key || !keys.Contains(key))
            {
                return Outcome.Invalid($"hidden[{i}]", t["Columns.Unknown"]);
            }
        }

        var kept = declared.Columns.Select(c => c.Key).Where(hidden.Contains).ToList();
        var choice = await db.Set<ColumnChoice>().FirstOrDefaultAsync(c => c.UserId == actor.UserId && c.Table == table, ct);
        if (choice is null)
        {
            choice = new ColumnChoice { UserId = actor.UserId, Table = table };
            db.Add(choice);
        }

        choice.Hidden = string.Join(',', kept);
        await db.SaveChangesAsync(ct);
        return ChoiceOf(declared, kept);
    }

    private Choice ChoiceOf(ChoosableTable table, IReadOnlyCollection<string> hidden) =>
        new(table.Key, table.Columns.Select(c => new Column(c.Key, t[c.Title], hidden.Contains(c.Key))).ToList());

    private static string[] Split(string? hidden) => string.IsNullOrEmpty(hidden) ? [] : hidden.Split(',');

    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/columns/{table}", async (string table, ChooseColumns h, Problems p, CancellationToken ct) =>
                (await h.GetAsync(table, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetColumnChoice");
        g.MapPut("/columns/{table}", async (string table, Request request, ChooseColumns h, Problems p, CancellationToken ct) =>
                (await h.SetAsync(table, request, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("SetColumnChoice");
    }
}
