using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

public sealed record HomeTitleDto(long Id, HomeTitleLevel Level, int Year, string Source, DateOnly? RevokedOn, string RevokeReason)
{
    public bool InForce => RevokedOn is null;
}

public sealed record WorkersHomeDto(long Id, long UnionId, string UnionName, HomeKind Kind, string Name, DateOnly BuiltOn, bool HomeIntegrated, string Facilities,
    IReadOnlyList<HomeTitleDto> Titles, long Version);

public sealed record WorkersHomeInput(long? UnionId, HomeKind? Kind, [property: MaxLength(200)] string? Name, DateOnly? BuiltOn, bool? HomeIntegrated,
    [property: MaxLength(2000)] string? Facilities, long? Version);

public sealed record HomeTitleInput(HomeTitleLevel? Level, int? Year, [property: MaxLength(200)] string? Source, long? Version);

public sealed record HomeTitleRevokeInput(DateOnly? RevokedOn, [property: MaxLength(500)] string? Reason, long? Version);

/// <summary>Reads, finds and checks Workers' Homes for the module's use cases.</summary>
public sealed class WorkersHomeReader(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public IQueryable<WorkersHomeDto> Project(IQueryable<WorkersHome> source) =>
        source.Select(x => new WorkersHomeDto(x.Id, x.UnionId, x.Union!.Name, x.Kind, x.Name, x.BuiltOn, x.HomeIntegrated, x.Facilities,
            x.Titles.OrderByDescending(i => i.Year).ThenBy(i => i.Level).Select(i => new HomeTitleDto(i.Id, i.Level, i.Year, i.Source, i.RevokedOn, i.RevokeReason)).ToList(), x.Version));

    public Task<WorkersHomeDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false) =>
        Project((ignoreScope ? db.Set<WorkersHome>().IgnoreQueryFilters() : db.Set<WorkersHome>()).AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>The home with its titles, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<WorkersHome>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<WorkersHome>().IgnoreQueryFilters().Include(x => x.Titles).Where(x => x.Id == id).Select(x => new { Home = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Home : Outcome.Forbidden;
    }

    /// <summary>Checks a home and applies it when valid: a grassroots union in the actor's scope (403 outside it), kind, name and the day built.</summary>
    public async Task<Outcome?> CheckAndApplyAsync(WorkersHomeInput input, WorkersHome target, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = input.UnionId is long unionId
            ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => new { u.Path, u.Kind }).FirstOrDefaultAsync(ct)
            : null;
        if (union is null || union.Kind != UnionKind.GrassrootsUnion)
        {
            e.Add("unionId", t["WorkersHome.UnionRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["WorkersHome.KindRequired"]);
        }

        var name = e.Required(t, "name", input.Name, 200, "WorkersHome.NameRequired");
        var facilities = e.Optional(t, "facilities", input.Facilities, 2000) ?? "";
        if (input.BuiltOn is not { } built || built.Year < 1950 || built > LocalizationSetup.Today)
        {
            e.Add("builtOn", t["WorkersHome.BuiltOnInvalid"]);
        }
        else if (target.Titles.Any(i => i.Year < built.Year))
        {
            e.Add("builtOn", t["WorkersHome.BuiltAfterTitle"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.UnionId = input.UnionId!.Value;
        target.Kind = input.Kind!.Value;
        target.Name = name!;
        target.BuiltOn = input.BuiltOn!.Value;
        target.HomeIntegrated = input.HomeIntegrated ?? false;
        target.Facilities = facilities;
        return null;
    }

    /// <summary>A title given in a year from the home's building to this one; the same title once a year.</summary>
    public Outcome? Commend(HomeTitleInput input, WorkersHome home)
    {
        var e = ValidationErrors.ForStep(input.Version, t);
        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            e.Add("level", t["WorkersHome.LevelRequired"]);
        }

        if (input.Year is not { } year || year < home.BuiltOn.Year || year > LocalizationSetup.Today.Year)
        {
            e.Add("year", t["WorkersHome.TitleYearInvalid", home.BuiltOn.Year]);
        }
        else if (home.Titles.Any(i => i.Level == input.Level && i.Year == year))
        {
            e.Add("level", t["WorkersHome.TitleTaken"]);
        }

        var source = e.Optional(t, "source", input.Source, 200) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        home.Titles.Add(new HomeTitle { Level = input.Level!.Value, Year = input.Year!.Value, Source = source });
        return null;
    }

    /// <summary>A title taken back: once, on a day from its year to today, with the reason.</summary>
    public Outcome? Revoke(long titleId, HomeTitleRevokeInput input, WorkersHome home)
    {
        if (home.Titles.FirstOrDefault(i => i.Id == titleId) is not { } title)
        {
            return Outcome.NotFound;
        }

        if (title.RevokedOn is not null)
        {
            return Outcome.Conflict(t["WorkersHome.AlreadyRevoked"]);
        }

        var e = ValidationErrors.ForStep(input.Version, t);
        if (input.RevokedOn is not { } on || on.Year < title.Year || on > LocalizationSetup.Today)
        {
            e.Add("revokedOn", t["WorkersHome.RevokedOnInvalid", title.Year]);
        }

        var reason = e.Required(t, "reason", input.Reason, 500, "WorkersHome.RevokeReasonRequired");
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        title.RevokedOn = input.RevokedOn;
        title.RevokeReason = reason!;
        return null;
    }
}
