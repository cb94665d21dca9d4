using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Bargaining.Rules;

/// <summary>L2 (Collective Contract Provisions art. 32): the other side answers a written request to bargain within 20 days of receiving it.</summary>
public static class AnswerDeadlineRule
{
    public const int DefaultDays = 20;

    public static DeadlineVerdict Evaluate(DateOnly requestedOn, DateOnly? answeredOn, DateOnly today, int days = DefaultDays) =>
        Deadline.Evaluate(requestedOn, days, answeredOn, today);
}
