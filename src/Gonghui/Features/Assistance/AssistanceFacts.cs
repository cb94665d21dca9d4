using System.Linq.Expressions;

namespace Gonghui.Features.Assistance;

/// <summary>What the annual report and the plans count of assistance, one definition each.</summary>
public static class AssistanceFacts
{
    /// <summary>Cases proposed in the year by the unions of the subtree at <paramref name="path"/>.</summary>
    public static Expression<Func<HardshipAssistance, bool>> ProposedIn(string path, int year) => c => c.Union!.Path.StartsWith(path) && c.Year == year;

    /// <summary>Payments made in the period on the subtree's cases (summed by the caller: SQLite sums no decimals).</summary>
    public static Expression<Func<AssistancePayment, bool>> PaidBetween(string path, DateOnly from, DateOnly to) =>
        p => p.Case!.Union!.Path.StartsWith(path) && p.PaidOn >= from && p.PaidOn <= to;
}
