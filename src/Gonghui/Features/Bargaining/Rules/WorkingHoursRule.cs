namespace Gonghui.Features.Bargaining.Rules;

/// <summary>One limit a working-hours clause goes beyond.</summary>
public sealed record WorkingHoursFinding(string Measure, decimal Value, decimal Limit);

public sealed record WorkingHoursVerdict(IReadOnlyList<WorkingHoursFinding> Findings)
{
    public bool Met => Findings.Count == 0;
}

/// <summary>The limits of L8; a district may set its own.</summary>
/// <param name="DailyOvertime">The special-case limit of overtime a day (3 hours).</param>
/// <param name="DailyOvertimeNormal">The normal limit of overtime a day (1 hour).</param>
public sealed record WorkingHoursLimits(decimal DailyHours = 8, decimal WeeklyHours = 40, decimal DailyOvertime = 3, decimal MonthlyOvertime = 36, decimal DailyOvertimeNormal = 1);

/// <summary>
/// L8 (Labour Law art. 36 and 41): 8 hours a day and 40 a week; overtime normally at most 1 hour a day, 3 in special
/// cases (for the workers' health, and only after consulting the union and the workers), and 36 a month. Clauses and
/// standards above these are flagged, not refused: the text was agreed, the district needs to see it. Daily overtime
/// above the normal hour but within the special-case limit is its own finding (<c>dailyOvertimeNormal</c>), above
/// the special-case limit the stronger one (<c>dailyOvertimeLimit</c>).
/// </summary>
public static class WorkingHoursRule
{
    public static WorkingHoursVerdict Evaluate(decimal? dailyHours, decimal? weeklyHours, decimal? dailyOvertime, decimal? monthlyOvertime, WorkingHoursLimits? limits = null)
    {
        var l = limits ?? new WorkingHoursLimits();
        var findings = new List<WorkingHoursFinding>();
        Check("dailyHours", dailyHours, l.DailyHours);
        Check("weeklyHours", weeklyHours, l.WeeklyHours);
        if (dailyOvertime is { } overtime && overtime > l.DailyOvertime)
        {
            Check("dailyOvertimeLimit", overtime, l.DailyOvertime);
        }
        else
        {
            Check("dailyOvertimeNormal", dailyOvertime, l.DailyOvertimeNormal);
        }

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
