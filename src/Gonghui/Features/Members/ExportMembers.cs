using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

/// <summary>
/// <c>GET /api/v1/members/export?format=xlsx|csv&amp;q=&amp;unionId=&amp;status=&amp;reveal=</c>: the members the actor sees, streamed
/// from the database through a temporary file; masked unless the role may reveal and asks. Every export is audited.
/// </summary>
public sealed class ExportMembers(GonghuiDbContext db, PersonalDataProtector protector, PersonalDataReveal reveal, IdentifierLookups lookups, IStringLocalizer<SharedResource> t)
{
    public sealed record File(Stream Content, string ContentType, string Name);

    public async Task<Outcome<File>> HandleAsync(SpreadsheetFormat format, string? q, long? unionId, MemberStatus? status, bool revealAsked, CancellationToken ct)
    {
        if (revealAsked && !reveal.Allowed)
        {
            return Outcome.Forbidden;
        }

        var (query, lookup) = ListMembers.Search(db.VisibleMembers().AsNoTracking(), string.IsNullOrWhiteSpace(q) ? null : q.Trim(), protector);
        if (lookup is not null && lookups.Take() is { } refused)
        {
            return refused;
        }

        if (unionId is long u)
        {
            query = query.Where(m => m.UnionId == u);
        }

        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        var count = 0;
        // Workplace names by key (a district has tens of thousands of enterprises; the export may have millions of rows).
        var workplaces = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var headers = new
        {
            Name = t["Member.Name"].Value, Id = t["Member.IdNumber"].Value, Phone = t["Member.Phone"].Value, Gender = t["Member.Gender"].Value,
            Birth = t[revealAsked ? "Member.BirthDate" : "Member.BirthYear"].Value, Union = t["Member.Union"].Value, Enterprise = t["Member.Enterprise"].Value,
            Joined = t["Member.JoinedOn"].Value, Status = t["Member.Status"].Value,
        };
        var genders = Enum.GetValues<Gender>().ToDictionary(g => g, g => t[$"Gender.{g}"].Value);
        var statuses = Enum.GetValues<MemberStatus>().ToDictionary(g => g, g => t[$"MemberStatus.{g}"].Value);
        var rows = query.OrderBy(m => m.UnionId).ThenBy(m => m.Name).ThenBy(m => m.Id).ToRow().AsEnumerable().Select(r =>
        {
            count++;
            var m = r.Open(protector, revealAsked);
            var workplace = r.EnterpriseId is long e ? workplaces.GetValueOrDefault(e) : null;
            return (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [headers.Name] = m.Name,
                [headers.Id] = m.IdNumber,
                [headers.Phone] = m.Phone,
                [headers.Gender] = genders[m.Gender],
                [headers.Birth] = m.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? m.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [headers.Union] = m.UnionName,
                [headers.Enterprise] = workplace,
                [headers.Joined] = m.JoinedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [headers.Status] = statuses[m.Status],
            };
        });
        var content = await Spreadsheet.WriteToTemporaryFileAsync(rows, format, ct);
        if (lookup is not null)
        {
            lookups.Record(nameof(Member), lookup, count);
        }

        db.RecordEvent("export", nameof(Member), null, $"{{\"rows\":{count},\"format\":\"{Spreadsheet.Extension(format)}\",\"revealed\":{(revealAsked ? "true" : "false")}}}");
        await db.SaveChangesAsync(ct);
        return new File(content, Spreadsheet.ContentType(format), $"members.{Spreadsheet.Extension(format)}");
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", async (ExportMembers h, Problems p, IStringLocalizer<SharedResource> t, string? format, string? q, long? unionId, string? status, bool? reveal, CancellationToken ct) =>
                ListMembers.IsWholeIdentifier(q)
                    ? p.Validation(new Dictionary<string, string[]> { ["q"] = [t["Lookup.NotInUrl"]] })
                    : (await h.HandleAsync(EnumText.Parse<SpreadsheetFormat>(format) ?? SpreadsheetFormat.Xlsx, q, unionId, EnumText.Parse<MemberStatus>(status), reveal == true, ct))
                        .ToHttp(p, f => TypedResults.Stream(f.Content, f.ContentType, f.Name)))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("ExportMembers");
}
