using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

public sealed record ClauseInput(ClauseTopic? Topic, [property: MaxLength(8000)] string? Text, decimal? DailyHours, decimal? WeeklyHours, decimal? DailyOvertimeLimit, decimal? MonthlyOvertimeLimit, int? LeaveDays);

public sealed record WageStandardInput([property: MaxLength(100)] string? JobType, decimal? MinimumMonthlyWage, decimal? AnnualIncreasePercent);

/// <summary>
/// A contract's content. The parties (union, kind, counterparty) are taken from here when a contract is entered on its own,
/// from the negotiation when it is drafted at the table.
/// </summary>
public sealed record CollectiveContractInput
{
    public long? UnionId { get; init; }

    public ContractKind? Kind { get; init; }

    [MaxLength(200)]
    public string? Title { get; init; }

    public CounterpartyKind? CounterpartyKind { get; init; }

    public long? AssociationId { get; init; }

    public long? EnterpriseId { get; init; }

    public DateOnly? StartOn { get; init; }

    public DateOnly? EndOn { get; init; }

    public int? WorkersCovered { get; init; }

    public IReadOnlyList<long>? EnterpriseIds { get; init; }

    public IReadOnlyList<ClauseInput>? Clauses { get; init; }

    public IReadOnlyList<WageStandardInput>? WageStandards { get; init; }

    public long? Version { get; init; }
}

public sealed class CollectiveContractValidator(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    private const int MaxEnterprises = 20_000;

    /// <summary>Checks the parties: the union (which the actor must keep) and the counterparty. Null when they hold.</summary>
    public async Task<Outcome?> CheckPartiesAsync(CollectiveContractInput input, ValidationErrors e, CancellationToken ct)
    {
        var path = input.UnionId is long unionId
            ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct)
            : null;
        if (path is null)
        {
            e.Add("unionId", t["Bargaining.UnionRequired"]);
        }

        if (input.Kind is null)
        {
            e.Add("kind", t["Bargaining.KindRequired"]);
        }

        await Counterparty.CheckAsync(db, t, e, input.CounterpartyKind, input.AssociationId, input.EnterpriseId, ct);
        return e.Any || actor.CanWriteRegistryUnder(path!) ? null : Outcome.Forbidden;
    }

    /// <summary>Checks the content: title, term (L4 refuses with <c>422</c>), coverage, clauses and wage standards. Null when it holds.</summary>
    public async Task<Outcome?> CheckContentAsync(CollectiveContractInput input, ValidationErrors e, CancellationToken ct)
    {
        e.Required(t, "title", input.Title, 200, "Bargaining.TitleRequired");
        if (input.StartOn is null)
        {
            e.Add("startOn", t["Bargaining.TermRequired"]);
        }

        if (input.EndOn is null || input.EndOn < input.StartOn)
        {
            e.Add("endOn", t["Bargaining.TermRequired"]);
        }

        if (input.WorkersCovered is < 0)
        {
            e.Add("workersCovered", t["Enterprise.EmployeesInvalid"]);
        }

        var ids = (input.EnterpriseIds ?? []).Distinct().ToList();
        if (ids.Count > MaxEnterprises)
        {
            e.Add("enterpriseIds", t["Bargaining.TooManyEnterprises", MaxEnterprises]);
        }
        else if (ids.Count > 0 && await db.Enterprises.IgnoreQueryFilters().CountAsync(x => ids.Contains(x.Id), ct) != ids.Count)
        {
            e.Add("enterpriseIds", t["Bargaining.EnterpriseMissing"]);
        }

        var clauses = input.Clauses ?? [];
        for (var i = 0; i < clauses.Count; i++)
        {
            CheckClause(clauses[i], $"clauses[{i}]", e);
        }

        var standards = input.WageStandards ?? [];
        for (var i = 0; i < standards.Count; i++)
        {
            var s = standards[i];
            e.Required(t, $"wageStandards[{i}].jobType", s.JobType, 100, "Bargaining.JobTypeRequired");
            if (s.MinimumMonthlyWage is not (> 0 and < 1_000_000))
            {
                e.Add($"wageStandards[{i}].minimumMonthlyWage", t["Bargaining.WageInvalid"]);
            }

            if (s.AnnualIncreasePercent is (< -100 or > 100))
            {
                e.Add($"wageStandards[{i}].annualIncreasePercent", t["Bargaining.PercentInvalid"]);
            }
        }

        if (standards.Select(s => s.JobType?.Trim()).Where(j => !string.IsNullOrEmpty(j)).GroupBy(j => j).Any(g => g.Count() > 1))
        {
            e.Add("wageStandards", t["Bargaining.JobTypeTwice"]);
        }

        // L4's 1 to 3 years is what a term "normally" is: a longer or shorter one is shown as a finding, not refused.
        return e.Any ? Outcome.Invalid(e) : null;
    }

    private void CheckClause(ClauseInput c, string at, ValidationErrors e)
    {
        if (c.Topic is null)
        {
            e.Add($"{at}.topic", t["Bargaining.TopicRequired"]);
        }

        e.Required(t, $"{at}.text", c.Text, 8000, "Bargaining.ClauseTextRequired");
        Hours(c.DailyHours, 24, "dailyHours");
        Hours(c.WeeklyHours, 168, "weeklyHours");
        Hours(c.DailyOvertimeLimit, 24, "dailyOvertimeLimit");
        Hours(c.MonthlyOvertimeLimit, 744, "monthlyOvertimeLimit");
        if (c.LeaveDays is (< 0 or > 366))
        {
            e.Add($"{at}.leaveDays", t["Bargaining.DaysInvalid"]);
        }

        void Hours(decimal? value, int max, string field)
        {
            if (value is { } v && (v < 0 || v > max))
            {
                e.Add($"{at}.{field}", t["Bargaining.HoursInvalid", max]);
            }
        }
    }

    /// <summary>Writes the checked content onto the contract, replacing its coverage, clauses and standards.</summary>
    internal static void ApplyContent(CollectiveContract target, CollectiveContractInput input)
    {
        target.Title = input.Title!.Trim();
        target.StartOn = input.StartOn!.Value;
        target.EndOn = input.EndOn!.Value;
        target.WorkersCovered = input.WorkersCovered;
        var ids = (input.EnterpriseIds ?? []).Distinct().ToHashSet();
        target.Enterprises.RemoveAll(x => !ids.Contains(x.EnterpriseId));
        target.Enterprises.AddRange(ids.Except(target.Enterprises.Select(x => x.EnterpriseId)).Select(id => new ContractEnterprise { EnterpriseId = id }));
        target.Clauses.Clear();
        target.Clauses.AddRange((input.Clauses ?? []).Select(c => new ContractClause
        {
            Topic = c.Topic!.Value,
            Text = c.Text!.Trim(),
            DailyHours = c.DailyHours,
            WeeklyHours = c.WeeklyHours,
            DailyOvertimeLimit = c.DailyOvertimeLimit,
            MonthlyOvertimeLimit = c.MonthlyOvertimeLimit,
            LeaveDays = c.LeaveDays,
        }));
        target.WageStandards.Clear();
        target.WageStandards.AddRange((input.WageStandards ?? []).Select(s => new WageStandard
        {
            JobType = s.JobType!.Trim(),
            MinimumMonthlyWage = s.MinimumMonthlyWage!.Value,
            AnnualIncreasePercent = s.AnnualIncreasePercent,
        }));
    }
}
