using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Stations.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Stations;

public sealed record StationScoreItemDto(StationCheckItem Item, int Weight, int Points);

/// <param name="Standardised">Against the district's threshold when read.</param>
public sealed record StationScoreDto(int Year, DateOnly ScoredOn, decimal Total, bool Standardised, string Notes, IReadOnlyList<StationScoreItemDto> Items);

/// <summary>A station as read, with every year's score, the latest first, and the district's threshold when read.</summary>
public sealed record StationDto(long Id, long UnionId, string UnionName, string Name, StationKind Kind, string Address, string Hours, int Staff, string Services,
    bool StationIntegrated, DateOnly OpenedOn, DateOnly? ClosedOn, int Threshold, IReadOnlyList<StationScoreDto> Scores, long Version);

public sealed record StationInput(long? UnionId, [property: MaxLength(200)] string? Name, StationKind? Kind, [property: MaxLength(300)] string? Address,
    [property: MaxLength(200)] string? Hours, int? Staff, [property: MaxLength(2000)] string? Services, bool? StationIntegrated, DateOnly? OpenedOn, DateOnly? ClosedOn, long? Version);

public sealed record StationScoreItemInput(StationCheckItem? Item, int? Points);

/// <summary>A year's score (the year is that of the day scored): points for each item of the checklist, from 0 to its weight.</summary>
public sealed record StationScoreInput(DateOnly? ScoredOn, IReadOnlyList<StationScoreItemInput>? Items, [property: MaxLength(2000)] string? Notes, long? Version);

/// <summary>Reads, finds and checks stations for the module's use cases.</summary>
public sealed class StationReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public StationSettings Settings => district.Get<StationSettings>();

    public async Task<StationDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var threshold = Settings.Threshold;
        var x = await (ignoreScope ? db.Set<ServiceStation>().IgnoreQueryFilters() : db.Set<ServiceStation>()).AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                Station = s, UnionName = s.Union!.Name,
                Scores = s.Scores.OrderByDescending(c => c.Year).Select(c => new { c.Year, c.ScoredOn, c.Total, c.Notes, Items = c.Items.OrderBy(i => i.Id).Select(i => new StationScoreItemDto(i.Item, i.Weight, i.Points)).ToList() }).ToList(),
            }).FirstOrDefaultAsync(ct);
        if (x is null)
        {
            return null;
        }

        var s = x.Station;
        return new StationDto(s.Id, s.UnionId, x.UnionName, s.Name, s.Kind, s.Address, s.Hours, s.Staff, s.Services, s.StationIntegrated, s.OpenedOn, s.ClosedOn, threshold,
            x.Scores.Select(c => new StationScoreDto(c.Year, c.ScoredOn, c.Total, StandardisationRule.Standardised(c.Total, threshold), c.Notes, c.Items)).ToList(), s.Version);
    }

    /// <summary>The station with its scores, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<ServiceStation>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<ServiceStation>().IgnoreQueryFilters().Include(x => x.Scores).ThenInclude(x => x.Items).Where(x => x.Id == id)
            .Select(x => new { Station = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Station : Outcome.Forbidden;
    }

    /// <summary>Checks a station and applies it when valid: the union that runs it in the actor's scope (403 otherwise), name, kind, staff, and the days it opened and closed.</summary>
    public async Task<Outcome?> CheckAndApplyAsync(StationInput input, ServiceStation target, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);
        if (union is not null && !actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        var name = e.Required(t, "name", input.Name, 200, "Station.NameRequired");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Station.KindRequired"]);
        }

        var address = e.Required(t, "address", input.Address, 300, "Station.AddressRequired");
        var hours = e.Optional(t, "hours", input.Hours, 200) ?? "";
        var services = e.Optional(t, "services", input.Services, 2000) ?? "";
        if (input.Staff is not (>= 0 and <= 10_000))
        {
            e.Add("staff", t["Station.StaffInvalid"]);
        }

        var today = LocalizationSetup.Today;
        if (input.OpenedOn is not { } opened || opened.Year < 1950 || opened > today)
        {
            e.Add("openedOn", t["Station.OpenedOnInvalid"]);
        }
        else if (input.ClosedOn is { } closed && (closed < opened || closed > today))
        {
            e.Add("closedOn", t["Station.ClosedOnInvalid"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.UnionId = input.UnionId!.Value;
        target.Name = name!;
        target.Kind = input.Kind!.Value;
        target.Address = address!;
        target.Hours = hours;
        target.Staff = input.Staff!.Value;
        target.Services = services;
        target.StationIntegrated = input.StationIntegrated ?? false;
        target.OpenedOn = input.OpenedOn!.Value;
        target.ClosedOn = input.ClosedOn;
        return null;
    }

    /// <summary>
    /// Checks a year's score and applies it when valid: a day from the station's opening to today, each checklist item
    /// once, its points from 0 to its weight; an item left out scores nothing. A second score in the same year replaces the first.
    /// </summary>
    public Outcome? Score(StationScoreInput input, ServiceStation station)
    {
        var e = ValidationErrors.ForStep(input.Version, t);

        if (input.ScoredOn is not { } on || on < station.OpenedOn || on > LocalizationSetup.Today)
        {
            e.Add("scoredOn", t["Station.ScoredOnInvalid", station.OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var settings = Settings;
        var given = input.Items ?? [];
        var points = new Dictionary<StationCheckItem, int>();
        for (var i = 0; i < given.Count && i < 50; i++)
        {
            if (given[i].Item is not { } item || !Enum.IsDefined(item) || points.ContainsKey(item))
            {
                e.Add($"items[{i}].item", t["Station.ItemInvalid"]);
            }
            else if (given[i].Points is not { } p || p < 0 || p > settings.Weight(item))
            {
                e.Add($"items[{i}].points", t["Station.PointsInvalid", t[$"StationCheckItem.{item}"].Value, settings.Weight(item)]);
            }
            else
            {
                points[item] = p;
            }
        }

        var items = Enum.GetValues<StationCheckItem>().Select(i => new StationScoreItem { Item = i, Weight = settings.Weight(i), Points = points.GetValueOrDefault(i) }).ToList();
        var total = StandardisationRule.Total(items.Select(i => (i.Weight, i.Points)));
        if (total is null)
        {
            e.Add("items", t["Station.NoWeights"]);
        }

        var notes = e.Optional(t, "notes", input.Notes, 2000) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        var year = input.ScoredOn!.Value.Year;
        station.Scores.RemoveAll(s => s.Year == year);
        station.Scores.Add(new StationScore { Year = year, ScoredOn = input.ScoredOn.Value, Total = total!.Value, Notes = notes, Items = items });
        return null;
    }
}
