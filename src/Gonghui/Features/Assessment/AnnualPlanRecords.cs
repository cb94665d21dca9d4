using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Assessment.Checks;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.DecisionMeetings;
using Gonghui.Features.InfoReports;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.Organisation;
using Gonghui.Features.Training;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

public sealed record PlanItemInput(long? Id, [property: MaxLength(200)] string? Title, [property: MaxLength(100)] string? Owner, DateOnly? DueOn, int? Weight, IndicatorKind? Indicator, [property: MaxLength(8)][property: RegularExpression(@"^[RL]\d{1,2}$")] string? Rule, CountedRecord? Counted, int? Target);

public sealed record AnnualPlanInput(long? UnionId, int? Year, IReadOnlyList<PlanItemInput>? Items, long? Version);

public sealed record ItemScoreInput(long Id, decimal? Score, [property: MaxLength(1000)] string? Note);

public sealed record ScoresInput(IReadOnlyList<ItemScoreInput>? Items, long? Version);

/// <summary>A work item with its indicator as the records stand: the computed score, and for a rule its verdict.</summary>
public sealed record PlanItemDto(long Id, string Title, string Owner, DateOnly DueOn, int Weight, IndicatorKind Indicator, string? Rule, CountedRecord? Counted, int? Target,
    decimal? Value, decimal? Threshold, ComplianceStatus? Status, decimal? ComputedScore, decimal? SelfScore, string? SelfNote, decimal? DistrictScore, string? DistrictNote);

public sealed record AnnualPlanDto(long Id, long UnionId, string UnionName, int Year, AnnualPlanStatus Status, DateOnly? SelfAssessedOn, DateOnly? ScoredOn,
    IReadOnlyList<PlanItemDto> Items, int TotalWeight, decimal? SelfTotal, decimal? DistrictTotal, IReadOnlyList<DocumentDto> Documents, long Version);

/// <summary>What the annual-plan use cases share: finding a plan to write, checking items, reading with the indicators computed.</summary>
public sealed class AnnualPlanRecords(GonghuiDbContext db, CurrentActor actor, GetCompliance compliance, IEnumerable<IComplianceCheck> checks, IStringLocalizer<SharedResource> t)
{
    public const int MaxItems = 50;

    /// <summary>The rules an item may be bound to: those some module's records measure.</summary>
    public IReadOnlyList<string> MeasuredRules { get; } = checks.Select(c => c.Rule).OrderBy(r => int.Parse(r.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public bool IsDistrict => actor.CanWriteDistrictRecords;

    public async Task<Outcome<(AnnualPlan Plan, string Path)>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<AnnualPlan>().IgnoreQueryFilters().Include(p => p.Items).Where(p => p.Id == id).Select(p => new { Plan = p, p.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteUnder(found.Path) || actor.CanWriteDistrictRecords ? (found.Plan, found.Path) : Outcome.Forbidden;
    }

    public async Task<Outcome<AnnualPlan>> FindPlanAsync(long id, CancellationToken ct)
    {
        var found = await FindWritableAsync(id, ct);
        return found.IsOk ? found.Value.Plan : found.Failed<AnnualPlan>();
    }

    /// <summary>
    /// The union's self-assessment (until the district has scored) or the district's scoring (of a self-assessed plan):
    /// manual items take the scores given, computed ones their indicator's score as it stands today.
    /// </summary>
    public Task<Outcome<AnnualPlanDto>> ScoreAsync(long id, ScoresInput input, bool byDistrict, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, async (x, c) => !byDistrict || IsDistrict ? await FindPlanAsync(x, c) : await ForbiddenUnlessFoundAsync(x, c), async p =>
        {
            if (byDistrict ? p.Status == AnnualPlanStatus.Draft : p.Status == AnnualPlanStatus.Scored)
            {
                return Outcome.Conflict(t[byDistrict ? "Plan.NotSelfAssessed" : "Plan.AlreadyScored"]);
            }

            var e = new ValidationErrors();
            ApplyScores(input, (await ReadAsync(id, ct, ignoreScope: true))!.Items, e, (item, score, note) =>
            {
                var target = p.Items.Single(i => i.Id == item.Id);
                if (byDistrict)
                {
                    (target.DistrictScore, target.DistrictNote) = (score, note);
                }
                else
                {
                    (target.SelfScore, target.SelfNote) = (score, note);
                }
            });
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            if (byDistrict)
            {
                (p.Status, p.ScoredOn) = (AnnualPlanStatus.Scored, Infrastructure.Localization.LocalizationSetup.Today);
            }
            else
            {
                (p.Status, p.SelfAssessedOn) = (AnnualPlanStatus.SelfAssessed, Infrastructure.Localization.LocalizationSetup.Today);
            }

            return null;
        }, async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    private async Task<Outcome<AnnualPlan>> ForbiddenUnlessFoundAsync(long id, CancellationToken ct)
    {
        var found = await FindPlanAsync(id, ct);
        return found.Kind == OutcomeKind.NotFound ? found : Outcome.Forbidden;
    }

    /// <summary>Checks the items into the plan: ids of existing items are kept, others added, the missing removed.</summary>
    /// <param name="industrial">Whether the plan's union is an industrial union: only those are measured against the rules.</param>
    public void CheckItems(IReadOnlyList<PlanItemInput>? input, int year, bool industrial, ValidationErrors e, AnnualPlan plan)
    {
        var items = input ?? [];
        if (items.Count is 0 or > MaxItems)
        {
            e.Add("items", t["Plan.ItemsCount", MaxItems]);
            return;
        }

        var checkedItems = new List<(PlanItemInput Input, PlanItem Target)>();
        for (var i = 0; i < items.Count; i++)
        {
            var x = items[i];
            var p = $"items[{i}].";
            var title = e.Required(t, p + "title", x.Title, 200, "Plan.TitleRequired");
            var owner = e.Required(t, p + "owner", x.Owner, 100, "Plan.OwnerRequired");
            if (x.DueOn is not { } due || due.Year != year)
            {
                e.Add(p + "dueOn", t["Plan.DueInYear", year]);
            }

            if (x.Weight is not (>= 1 and <= 100))
            {
                e.Add(p + "weight", t["Plan.WeightRange"]);
            }

            e.Optional(t, p + "rule", x.Rule, 8);
            switch (x.Indicator)
            {
                case IndicatorKind.Rule when !industrial:
                    e.Add(p + "indicator", t["Plan.RuleNeedsIndustrial"]);
                    break;
                case IndicatorKind.Rule when x.Rule is null || !MeasuredRules.Contains(x.Rule):
                    e.Add(p + "rule", t["Plan.RuleInvalid", string.Join(", ", MeasuredRules)]);
                    break;
                case IndicatorKind.RecordCount when x.Counted is not { } c || !Enum.IsDefined(c) || x.Target is not (>= 1 and <= 10_000):
                    e.Add(p + "target", t["Plan.CountInvalid"]);
                    break;
                case null:
                    e.Add(p + "indicator", t["Plan.IndicatorRequired"]);
                    break;
            }

            var target = x.Id is long id ? plan.Items.FirstOrDefault(it => it.Id == id) : new PlanItem();
            if (target is null)
            {
                e.Add(p + "id", t["Plan.ItemMissing"]);
                continue;
            }

            if (title is not null && owner is not null)
            {
                target.Title = title;
                target.Owner = owner;
            }

            checkedItems.Add((x, target));
        }

        if (e.Any)
        {
            return;
        }

        foreach (var (x, target) in checkedItems)
        {
            target.DueOn = x.DueOn!.Value;
            target.Weight = x.Weight!.Value;
            target.Indicator = x.Indicator!.Value;
            target.Rule = x.Indicator == IndicatorKind.Rule ? x.Rule : null;
            target.Counted = x.Indicator == IndicatorKind.RecordCount ? x.Counted : null;
            target.Target = x.Indicator == IndicatorKind.RecordCount ? x.Target : null;
        }

        plan.Items.RemoveAll(it => it.Id != 0 && checkedItems.All(c => c.Target != it));
        plan.Items.AddRange(checkedItems.Select(c => c.Target).Where(it => it.Id == 0 && !plan.Items.Contains(it)));
    }

    /// <summary>Scores for every item the actor must score by hand (manual ones), 0 to 100; computed items take their indicator's.</summary>
    public void ApplyScores(ScoresInput input, IReadOnlyList<PlanItemDto> read, ValidationErrors e, Action<PlanItemDto, decimal?, string?> apply)
    {
        var given = (input.Items ?? []).ToDictionary(i => i.Id);
        foreach (var (item, i) in read.Select((x, i) => (x, i)))
        {
            var score = given.GetValueOrDefault(item.Id);
            var note = e.Optional(t, $"items[{i}].note", score?.Note, 1000);
            if (item.Indicator == IndicatorKind.Manual)
            {
                if (score?.Score is not (>= 0 and <= 100))
                {
                    e.Add($"items[{i}].score", t["Plan.ScoreRange", item.Title]);
                    continue;
                }

                apply(item, score.Score, note);
            }
            else
            {
                apply(item, item.ComputedScore, note);
            }
        }
    }

    public async Task<AnnualPlanDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<AnnualPlan>().IgnoreQueryFilters() : db.Set<AnnualPlan>();
        var found = await query.AsNoTracking().Include(p => p.Items).Where(p => p.Id == id).Select(p => new { Plan = p, p.Union!.Name, p.Union.Path }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var plan = found.Plan;
        var verdicts = plan.Items.Any(i => i.Indicator == IndicatorKind.Rule) && await compliance.HandleAsync(plan.Year, plan.UnionId, ct) is { IsOk: true } answer
            ? answer.Value!.Items.ToDictionary(i => i.Rule)
            : [];
        var counts = await CountAsync(found.Path, plan.Year, plan.Items.Where(i => i.Counted is not null).Select(i => i.Counted!.Value).Distinct().ToList(), ct);
        var items = plan.Items.OrderBy(i => i.DueOn).ThenBy(i => i.Id).Select(i =>
        {
            var verdict = i.Rule is { } rule ? verdicts.GetValueOrDefault(rule) : null;
            var (value, threshold, computed) = i.Indicator switch
            {
                IndicatorKind.Rule => (verdict?.Value, verdict?.Threshold, verdict is null ? null : PlanScoreRule.FromVerdict(verdict.Status)),
                IndicatorKind.RecordCount => ((decimal?)counts[i.Counted!.Value], (decimal?)i.Target, (decimal?)PlanScoreRule.FromCount(counts[i.Counted!.Value], i.Target!.Value)),
                _ => (null, null, null),
            };
            return new PlanItemDto(i.Id, i.Title, i.Owner, i.DueOn, i.Weight, i.Indicator, i.Rule, i.Counted, i.Target, value, threshold, verdict?.Status, computed,
                i.SelfScore, i.SelfNote, i.DistrictScore, i.DistrictNote);
        }).ToList();
        return new AnnualPlanDto(plan.Id, plan.UnionId, found.Name, plan.Year, plan.Status, plan.SelfAssessedOn, plan.ScoredOn, items, items.Sum(i => i.Weight),
            PlanScoreRule.WeightedTotal(items.Select(i => (i.Weight, i.SelfScore))), PlanScoreRule.WeightedTotal(items.Select(i => (i.Weight, i.DistrictScore))),
            await RecordDocuments.ListAsync(db, AnnualPlanDocuments.Owner, plan.Id, ct), plan.Version);
    }

    /// <summary>The union's (and its unions') records of each kind in the year.</summary>
    private async Task<Dictionary<CountedRecord, int>> CountAsync(string path, int year, IReadOnlyList<CountedRecord> kinds, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var (fromAt, toAt) = (TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), Infrastructure.Localization.LocalizationSetup.Shanghai),
            TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Infrastructure.Localization.LocalizationSetup.Shanghai));
        var counts = new Dictionary<CountedRecord, int>();
        foreach (var kind in kinds)
        {
            counts[kind] = kind switch
            {
                CountedRecord.JointMeetings => await db.Set<JointMeeting>().IgnoreQueryFilters().CountAsync(m => m.Union!.Path.StartsWith(path) && m.HeldOn >= from && m.HeldOn <= to, ct),
                CountedRecord.WorkforceReports => await db.Set<WorkforceReport>().IgnoreQueryFilters().CountAsync(r => r.Union!.Path.StartsWith(path) && r.Year == year && r.SubmittedOn != null, ct),
                CountedRecord.DecisionMeetings => await db.Set<DecisionMeeting>().IgnoreQueryFilters().CountAsync(m => m.Union!.Path.StartsWith(path) && m.HeldOn >= from && m.HeldOn <= to, ct),
                CountedRecord.DecisionResearch => await db.Set<DecisionResearch>().IgnoreQueryFilters().CountAsync(r => r.Union!.Path.StartsWith(path) && r.ConductedOn >= from && r.ConductedOn <= to, ct),
                CountedRecord.CertificationTrainings => await db.Set<CertificationTraining>().IgnoreQueryFilters().CountAsync(c => c.Union!.Path.StartsWith(path) && c.StartOn >= from && c.StartOn <= to, ct),
                CountedRecord.SkillsCompetitions => await db.Set<SkillsCompetition>().IgnoreQueryFilters().CountAsync(c => c.Union!.Path.StartsWith(path) && c.HeldOn >= from && c.HeldOn <= to, ct),
                CountedRecord.CongressSessions => await db.Set<Congresses.CongressSession>().IgnoreQueryFilters().CountAsync(c => c.Union!.Path.StartsWith(path) && c.HeldOn >= from && c.HeldOn <= to, ct),
                CountedRecord.AffairsNotices => await db.Set<OpenAffairs.AffairsNotice>().IgnoreQueryFilters().CountAsync(n => n.Union!.Path.StartsWith(path) && n.PublishedOn >= from && n.PublishedOn <= to, ct),
                CountedRecord.Evaluations => await db.Set<Evaluations.Evaluation>().IgnoreQueryFilters().CountAsync(e => e.Union!.Path.StartsWith(path) && e.Year == year, ct),
                CountedRecord.Proposals => await db.Set<Representatives.Proposal>().IgnoreQueryFilters().CountAsync(p => p.Union!.Path.StartsWith(path) && p.Year == year, ct),
                CountedRecord.StationsScored => await db.Set<Stations.StationScore>().IgnoreQueryFilters().CountAsync(c => c.Station!.Union!.Path.StartsWith(path) && c.Year == year, ct),
                CountedRecord.HomeTitlesGiven => await db.Set<WorkersHomes.HomeTitle>().IgnoreQueryFilters().CountAsync(i => i.Home!.Union!.Path.StartsWith(path) && i.Year == year, ct),
                // As the annual report counts them: an assistance case paid in the year is a delivery too.
                CountedRecord.ServiceDeliveries => Services.ServiceFacts.Under(await Services.ServiceFacts.DeliveredAsync(db, from, to, ct), path).Values.Sum(d => d.Deliveries),
                CountedRecord.AssistanceCases => await db.Set<Assistance.HardshipAssistance>().IgnoreQueryFilters().CountAsync(Assistance.AssistanceFacts.ProposedIn(path, year), ct),
                CountedRecord.ServicePurchases => await db.Set<Services.ServicePurchase>().IgnoreQueryFilters().CountAsync(Services.ServiceFacts.PurchasesRunning(path, from, to), ct),
                CountedRecord.CardsIssued => await db.Set<ServiceCards.ServiceCard>().IgnoreQueryFilters().CountAsync(ServiceCards.ServiceCardFacts.IssuedBetween(path, from, to), ct),
                _ => await db.Set<InfoReport>().IgnoreQueryFilters().CountAsync(r => r.Union!.Path.StartsWith(path) && r.SubmittedAt >= fromAt && r.SubmittedAt < toAt, ct),
            };
        }

        return counts;
    }

    /// <summary>Whether the union is an industrial union (its plan may bind items to rules).</summary>
    public Task<bool> IsIndustrialAsync(long unionId, CancellationToken ct) =>
        db.Unions.IgnoreQueryFilters().AnyAsync(u => u.Id == unionId && u.Kind == UnionKind.IndustrialUnion, ct);

    public bool CanWrite(string path) => actor.CanWriteUnder(path) || actor.CanWriteDistrictRecords;
}
