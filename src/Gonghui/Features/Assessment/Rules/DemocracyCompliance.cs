using Gonghui.Features.Congresses.Rules;
using Gonghui.Features.Evaluations.Rules;
using Gonghui.Features.OpenAffairs;
using Gonghui.Features.OpenAffairs.Rules;

namespace Gonghui.Features.Assessment.Rules;

/// <summary>A session of one of the union's congress terms, with the term's dates.</summary>
public sealed record SessionFacts(DateOnly HeldOn, DateOnly TermStartsOn, DateOnly TermEndsOn, int Entitled, int Present, Evidence Evidence);

public sealed record NoticeFacts(AffairsCategory Category, DateOnly PublishedOn, Evidence Evidence);

public sealed record EvaluationFacts(DateOnly HeldOn, int Satisfied, int BasicallySatisfied, int Dissatisfied, Evidence Evidence);

/// <summary>
/// R2 for one industrial union and year, in three parts, each shown as a figure:
/// <list type="bullet">
/// <item>its congress: a term in force in the year with a session held within the term, by the day asked, that had its
/// quorum (<see cref="QuorumRule"/>) — a congress elected for five years stays valid each year of its term, and one
/// whose term has run out without a new one does not;</item>
/// <item>open affairs: every category on the district's list published in the year (<see cref="OpenAffairsRule"/>);</item>
/// <item>members' evaluation: at least one round in the year, and every round at or above the target rate
/// (<see cref="SatisfactionRule"/>); the figure is the lowest round's rate.</item>
/// </list>
/// Met when all three are; the verdict's figure is the parts met out of three.
/// </summary>
public static class DemocracyCompliance
{
    public const int Parts = 3;

    public static RuleVerdict Evaluate(int year, DateOnly asOf, IReadOnlyList<SessionFacts> sessions, IReadOnlyList<NoticeFacts> notices,
        IReadOnlyList<AffairsCategory> required, IReadOnlyList<EvaluationFacts> evaluations, decimal target)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var termSessions = sessions.Where(s => s.TermStartsOn <= to && s.TermStartsOn <= asOf && s.TermEndsOn >= from && s.HeldOn <= to).ToList();
        bool Valid(SessionFacts s) => s.HeldOn >= s.TermStartsOn && s.HeldOn <= s.TermEndsOn && s.HeldOn <= asOf && QuorumRule.Met(s.Present, s.Entitled);
        var valid = termSessions.Count(Valid);
        var congress = new RuleFigure("congress", valid, 1, valid >= 1, IsRate: false);

        var affairs = OpenAffairsRule.Evaluate(year, notices.Select(n => (n.Category, n.PublishedOn)), required, asOf);
        var requiredCount = required.Distinct().Count();
        var openAffairs = new RuleFigure("openAffairs", requiredCount == 0 ? null : Math.Round((decimal)(requiredCount - affairs.Missing.Count) / requiredCount, 4), 1, affairs.Met);

        var rounds = evaluations.Where(e => e.HeldOn.Year == year && e.HeldOn <= asOf).ToList();
        var lowest = rounds.Select(r => SatisfactionRule.Rate(r.Satisfied, r.BasicallySatisfied, r.Dissatisfied)).Min();
        var evaluated = rounds.Count > 0 && rounds.All(r => SatisfactionRule.Met(r.Satisfied, r.BasicallySatisfied, r.Dissatisfied, target));
        var evaluation = new RuleFigure("evaluation", lowest, target, evaluated);

        RuleFigure[] figures = [congress, openAffairs, evaluation];
        var met = figures.Count(f => f.Meets == true);
        IReadOnlyList<Evidence> evidence =
        [
            .. termSessions.OrderBy(s => s.HeldOn).Select(s => s.Evidence with { Meets = Valid(s) }),
            .. notices.Where(n => n.PublishedOn.Year == year && n.PublishedOn <= asOf).OrderBy(n => n.PublishedOn).Select(n => n.Evidence with { Meets = required.Contains(n.Category) ? true : null }), // a category off the list is shown, not judged
            .. rounds.OrderBy(r => r.HeldOn).Select(r => r.Evidence with { Meets = SatisfactionRule.Met(r.Satisfied, r.BasicallySatisfied, r.Dissatisfied, target) }),
        ];
        return new RuleVerdict("R2", met == Parts ? ComplianceStatus.Met : ComplianceStatus.NotMet, met, Parts, evidence,
            RuleVerdict.Used(("OpenAffairs:Required", string.Join(',', required)), ("Evaluations:TargetRate", target)), Figures: figures);
    }
}
