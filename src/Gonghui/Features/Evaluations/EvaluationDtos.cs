using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Evaluations.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Evaluations;

public sealed record EvaluationIssueDto(long Id, string Text, string FollowUp, DateOnly? ResolvedOn);

/// <summary>A round as read, with its satisfaction rate against the district's target.</summary>
/// <param name="Target">The district's target when read (<c>Evaluations:TargetRate</c>).</param>
public sealed record EvaluationDto(long Id, long UnionId, string UnionName, EvaluationSubject Subject, int Year, DateOnly HeldOn, int BallotsIssued,
    int Satisfied, int BasicallySatisfied, int Dissatisfied, decimal Target, string Notes, IReadOnlyList<EvaluationIssueDto> Issues, long Version)
{
    public int Counted => Satisfied + BasicallySatisfied + Dissatisfied;

    public decimal? Rate => SatisfactionRule.Rate(Satisfied, BasicallySatisfied, Dissatisfied);

    public bool Met => SatisfactionRule.Met(Satisfied, BasicallySatisfied, Dissatisfied, Target);
}

public sealed record EvaluationIssueInput([property: MaxLength(1000)] string? Text, [property: MaxLength(2000)] string? FollowUp, DateOnly? ResolvedOn);

public sealed record EvaluationInput(long? UnionId, EvaluationSubject? Subject, DateOnly? HeldOn, int? BallotsIssued, int? Satisfied, int? BasicallySatisfied,
    int? Dissatisfied, [property: MaxLength(4000)] string? Notes, IReadOnlyList<EvaluationIssueInput>? Issues, long? Version);

/// <summary>Reads, finds and checks rounds for the module's use cases.</summary>
public sealed class EvaluationReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public decimal Target => district.Get<EvaluationSettings>().TargetRate;

    public Task<EvaluationDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var target = Target;
        return (ignoreScope ? db.Set<Evaluation>().IgnoreQueryFilters() : db.Set<Evaluation>()).AsNoTracking().Where(x => x.Id == id)
            .Select(x => new EvaluationDto(x.Id, x.UnionId, x.Union!.Name, x.Subject, x.Year, x.HeldOn, x.BallotsIssued, x.Satisfied, x.BasicallySatisfied, x.Dissatisfied,
                target, x.Notes, x.Issues.OrderBy(i => i.Id).Select(i => new EvaluationIssueDto(i.Id, i.Text, i.FollowUp, i.ResolvedOn)).ToList(), x.Version))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The round with its issues, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<Evaluation>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<Evaluation>().IgnoreQueryFilters().Include(x => x.Issues).Where(x => x.Id == id).Select(x => new { Round = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Round : Outcome.Forbidden;
    }

    /// <summary>
    /// Checks a round and applies it when valid: the ballots counted no more than those issued, one round a year for
    /// each subject of a union, each raised matter with its text and a follow-up day not before the round nor after today.
    /// </summary>
    public async Task<bool> CheckAndApplyAsync(EvaluationInput input, Evaluation target, long unionId, ValidationErrors e, CancellationToken ct)
    {
        if (input.Subject is not { } subject || !Enum.IsDefined(subject))
        {
            e.Add("subject", t["Evaluation.SubjectRequired"]);
        }

        var today = LocalizationSetup.Today;
        if (input.HeldOn is not { } held || held.Year < 2000 || held > today)
        {
            e.Add("heldOn", t["Evaluation.HeldOnInvalid"]);
        }

        if (input.BallotsIssued is not (>= 1 and <= 1_000_000))
        {
            e.Add("ballotsIssued", t["Evaluation.BallotsIssuedInvalid"]);
        }

        int satisfied = input.Satisfied ?? 0, basically = input.BasicallySatisfied ?? 0, dissatisfied = input.Dissatisfied ?? 0;
        if (satisfied < 0 || basically < 0 || dissatisfied < 0)
        {
            e.Add(satisfied < 0 ? "satisfied" : basically < 0 ? "basicallySatisfied" : "dissatisfied", t["Evaluation.VotesNegative"]);
        }
        else if ((long)satisfied + basically + dissatisfied == 0)
        {
            e.Add("satisfied", t["Evaluation.NoBallots"]);
        }
        else if (input.BallotsIssued is int issued && (long)satisfied + basically + dissatisfied > issued)
        {
            e.Add("satisfied", t["Evaluation.CountedOverIssued", (long)satisfied + basically + dissatisfied, issued]);
        }

        var notes = e.Optional(t, "notes", input.Notes, 4000) ?? "";
        var issues = new List<EvaluationIssue>();
        var entries = input.Issues ?? [];
        if (entries.Count > 200)
        {
            e.Add("issues", t["Evaluation.TooManyIssues", 200]);
            entries = [];
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var text = e.Required(t, $"issues[{i}].text", entries[i].Text, 1000, "Evaluation.IssueTextRequired");
            var followUp = e.Optional(t, $"issues[{i}].followUp", entries[i].FollowUp, 2000) ?? "";
            if (entries[i].ResolvedOn is { } resolved && (resolved > today || (input.HeldOn is { } h && resolved < h)))
            {
                e.Add($"issues[{i}].resolvedOn", t["Evaluation.ResolvedOnInvalid"]);
            }
            else if (text is not null)
            {
                issues.Add(new EvaluationIssue { Text = text, FollowUp = followUp, ResolvedOn = entries[i].ResolvedOn });
            }
        }

        if (!e.Any && await db.Set<Evaluation>().IgnoreQueryFilters()
                .AnyAsync(x => x.UnionId == unionId && x.Year == input.HeldOn!.Value.Year && x.Subject == input.Subject!.Value && x.Id != target.Id, ct))
        {
            e.Add("subject", t["Evaluation.RoundTaken", input.HeldOn!.Value.Year, t[$"EvaluationSubject.{input.Subject}"].Value]);
        }

        if (e.Any)
        {
            return false;
        }

        target.UnionId = unionId;
        target.Subject = input.Subject!.Value;
        target.HeldOn = input.HeldOn!.Value;
        target.Year = target.HeldOn.Year;
        target.BallotsIssued = input.BallotsIssued!.Value;
        target.Satisfied = satisfied;
        target.BasicallySatisfied = basically;
        target.Dissatisfied = dissatisfied;
        target.Notes = notes;
        target.Issues.Clear();
        target.Issues.AddRange(issues);
        return true;
    }
}
