using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

public sealed record AwardInput([property: MaxLength(50)] string? WorkerName, [property: MaxLength(50)] string? Award, [property: MaxLength(200)] string? Workplace);

/// <summary>The competition as staff enter it: the awards are a whole list.</summary>
public sealed record SkillsCompetitionInput(long? UnionId, [property: MaxLength(200)] string? Title, [property: MaxLength(100)] string? Occupation, DateOnly? HeldOn, int? Entrants, IReadOnlyList<AwardInput>? Awards, long? Version);

public sealed record AwardDto(string WorkerName, string Award, string? Workplace);

public sealed record SkillsCompetitionDto(long Id, long UnionId, string UnionName, string Title, string Occupation, DateOnly HeldOn, int Entrants, IReadOnlyList<AwardDto> Awards, long Version);

/// <summary>Reads, checks and finds competitions for the module's use cases.</summary>
public sealed class CompetitionRecords(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<SkillsCompetitionDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<SkillsCompetition>().IgnoreQueryFilters() : db.Set<SkillsCompetition>();
        var c = await query.AsNoTracking().Include(x => x.Union).Include(x => x.Awards).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : new SkillsCompetitionDto(c.Id, c.UnionId, c.Union!.Name, c.Title, c.Occupation, c.HeldOn, c.Entrants,
            c.Awards.OrderBy(a => a.Id).Select(a => new AwardDto(a.WorkerName, a.Award, a.Workplace)).ToList(), c.Version);
    }

    /// <summary>The competition with its awards, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<SkillsCompetition>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<SkillsCompetition>().IgnoreQueryFilters().Include(c => c.Awards)
            .Where(c => c.Id == id).Select(c => new { Competition = c, c.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Competition : Outcome.Forbidden;
    }

    /// <summary>Checks the competition's fields and awards (row by row) and applies them when valid (the union is checked by the caller).</summary>
    public bool CheckAndApply(SkillsCompetitionInput input, SkillsCompetition target, ValidationErrors e)
    {
        var title = e.Required(t, "title", input.Title, 200, "Bargaining.TitleRequired");
        var occupation = e.Required(t, "occupation", input.Occupation, 100, "Training.OccupationRequired");
        if (input.HeldOn is not { } on || on.Year < 2000 || on > LocalizationSetup.Today.AddYears(1))
        {
            e.Add("heldOn", t["Bargaining.DateInvalid"]);
        }

        var awards = new List<CompetitionAward>();
        var rows = input.Awards ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            var name = e.Required(t, $"awards[{i}].workerName", rows[i].WorkerName, 50, "Member.NameRequired");
            var award = e.Required(t, $"awards[{i}].award", rows[i].Award, 50, "Competition.AwardRequired");
            var workplace = e.Optional(t, $"awards[{i}].workplace", rows[i].Workplace, 200);
            if (name is not null && award is not null)
            {
                awards.Add(new CompetitionAward { WorkerName = name, Award = award, Workplace = workplace });
            }
        }

        if (input.Entrants is not { } entrants || entrants < 0 || entrants > 1_000_000)
        {
            e.Add("entrants", t["Competition.EntrantsInvalid"]);
        }
        else if (entrants < rows.Count)
        {
            e.Add("entrants", t["Competition.FewerEntrantsThanAwards", rows.Count]);
        }

        if (e.Any)
        {
            return false;
        }

        target.Title = title!;
        target.Occupation = occupation!;
        target.HeldOn = input.HeldOn!.Value;
        target.Entrants = input.Entrants!.Value;
        target.Awards.Clear();
        target.Awards.AddRange(awards);
        return true;
    }
}
