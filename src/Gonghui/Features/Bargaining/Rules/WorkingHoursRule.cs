namespace Gonghui.Features.Bargaining.Rules;

/// <summary>One limit a working-hours clause goes beyond.</summary>
public sealed record WorkingHoursFinding(string Measure, decimal Value, decimal Limit);

public sealed record WorkingHoursVerdict(IReadOnlyList<WorkingHoursFinding> Findings)
{
    public bool Met => Findings.Count == 0;
}

/// <summary>The limits of L8; a district may set its own.</summary>
public sealed record WorkingHoursLimits(decimal DailyHours = 8, decimal WeeklyHours = 40, decimal DailyOvertime = 3, decimal MonthlyOvertime = 36);

/// <summary>
/// L8 (Labour Law art. 36 and 41): 8 hours a day and 40 a week; overtime at most 3 hours a day in special cases and 36 a
/// month. Clauses and standards above these are flagged, not refused: the text was agreed, the district needs to see it.
/// </summary>
public static class WorkingHoursRule
{
    public static WorkingHoursVerdict Evaluate(decimal? dailyHours, decimal? weeklyHours, decimal? dailyOvertime, decimal? monthlyOvertime, WorkingHoursLimits? limits = null)
    {
        var l = limits ?? new WorkingHoursLimits();
        var findings = new List<WorkingHoursFinding>();
        Check("dailyHours", dailyHours, l.DailyHours);
        Check("weeklyHours", weeklyHours, l.WeeklyHours);
        Check("dailyOvertimeLimit", dailyOvertime, l.DailyOvertime);
        Check("monthlyOvertimeLimit", monthlyOvertime, l.MonthlyOvertime);
        return new WorkingHoursVerdict(findings);

        void Check(string measure, decimal? value, decimal limit)
        {
            if (value is { } v && v > limit)
            {
                findings.Add(new WorkingHoursFinding(measure, v, limit));
            }
        }
    }
}
