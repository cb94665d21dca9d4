using Gonghui.Features.DemocraticManagement;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>
/// R6 for one industrial union: of the enterprises its unions cover, the share a collective contract in force in the
/// year covers, against the district's target (the plan names no figure; the default is 80%). No enterprises: no data.
/// Beside it stand the same enterprises' democratic-management rates in the year — workers' congresses held, factory
/// affairs published, employee directors and supervisors in office. The congress and factory-affairs rates count toward
/// "met" when the district sets a target for them above zero (by default they are shown, not counted).
/// </summary>
public static class ContractCoverageRule
{
    public const decimal DefaultTarget = 0.8m;

    public static RuleVerdict Evaluate(int enterprises, int covered, decimal target, IReadOnlyList<Evidence> contracts, DemocracyRates democracy,
        decimal congressTarget = 0, decimal factoryAffairsTarget = 0)
    {
        var share = RuleVerdict.Share("R6", covered, enterprises, target, "Assessment:ContractCoverageTarget", "no-enterprises", contracts);
        RuleFigure[] figures =
        [
            Figure("workersCongress", democracy.CongressRate, congressTarget),
            Figure("factoryAffairs", democracy.FactoryAffairsRate, factoryAffairsTarget),
            Figure("employeeDirectors", democracy.DirectorRate, 0),
            Figure("employeeSupervisors", democracy.SupervisorRate, 0),
        ];
        var status = share.Status == ComplianceStatus.Met && figures.Any(f => f.Meets == false) ? ComplianceStatus.NotMet : share.Status;
        var used = RuleVerdict.Used(("Assessment:ContractCoverageTarget", target), ("Assessment:WorkersCongressTarget", congressTarget),
            ("Assessment:FactoryAffairsTarget", factoryAffairsTarget));
        return share with { Status = status, Parameters = used, Figures = figures };
    }

    private static RuleFigure Figure(string key, double? rate, decimal target)
    {
        var value = rate is { } r ? (decimal?)Math.Round((decimal)r, 4) : null;
        return target > 0 ? new RuleFigure(key, value, target, value is { } v ? v >= target : null) : new RuleFigure(key, value, null, null);
    }
}
