namespace Gonghui.Features.Enterprises.Rules;

/// <summary>The thresholds of one industry group: the lower limits of large, medium and small, on employees and on revenue (10,000 yuan).</summary>
public sealed record SizeThresholds(string Group, (int? Employees, decimal? Revenue) Large, (int? Employees, decimal? Revenue) Medium, (int? Employees, decimal? Revenue) Small);

/// <summary>A derived size class with the industry group and thresholds it was read from.</summary>
public sealed record SizeVerdict(SizeClass Size, SizeThresholds Basis);

/// <summary>
/// The NBS 2017 classification of enterprise size (统计上大中小微型企业划分办法（2017）) for the industries measured by
/// employees and revenue. An enterprise is of a class when it reaches every lower limit of that class; micro otherwise.
/// Industries measured by total assets (construction, real estate, leasing and business services) and the rest of trade and
/// information services (whose table needs the division) cannot be derived from employees and revenue: their size is entered.
/// </summary>
public static class SizeClassRule
{
    private static readonly SizeThresholds Agriculture = new("A", (null, 20000), (null, 500), (null, 50));
    private static readonly SizeThresholds Industry = new("B-D", (1000, 40000), (300, 2000), (20, 300));
    private static readonly SizeThresholds Wholesale = new("F51", (200, 40000), (20, 5000), (5, 1000));
    private static readonly SizeThresholds Retail = new("F52", (300, 20000), (50, 500), (10, 100));
    private static readonly SizeThresholds Transport = new("G", (1000, 30000), (300, 3000), (20, 200));
    private static readonly SizeThresholds Warehousing = new("G59", (200, 30000), (100, 1000), (20, 100));
    private static readonly SizeThresholds Postal = new("G60", (1000, 30000), (300, 2000), (20, 100));
    private static readonly SizeThresholds Hospitality = new("H", (300, 10000), (100, 2000), (10, 100));
    private static readonly SizeThresholds Telecom = new("I63-64", (2000, 100000), (100, 1000), (10, 100));
    private static readonly SizeThresholds Software = new("I65", (300, 10000), (100, 1000), (10, 50));
    private static readonly SizeThresholds Other = new("other", (300, null), (100, null), (10, null));

    /// <summary>The thresholds for a GB/T 4754 section and division; null where the table measures total assets.</summary>
    public static SizeThresholds? ThresholdsFor(string section, string? division) => (section, division) switch
    {
        ("A", _) => Agriculture,
        ("B" or "C" or "D", _) => Industry,
        ("E", _) => null,
        ("F", "51") => Wholesale,
        ("F", "52") => Retail,
        ("F", _) => null,
        ("G", "59") => Warehousing,
        ("G", "60") => Postal,
        ("G", _) => Transport,
        ("H", _) => Hospitality,
        ("I", "63" or "64") => Telecom,
        ("I", "65") => Software,
        ("I", _) => null,
        // Real estate: development (701) is measured by assets and property management (702) by employees and revenue, but both
        // are division 70, so which applies cannot be told from the division.
        ("K", _) => null,
        ("L", _) => null,
        _ => Other,
    };

    /// <summary>The size class, when the industry's table applies and every figure it needs is given; null means it is entered by hand.</summary>
    public static SizeVerdict? Derive(string section, string? division, int? employees, decimal? revenue)
    {
        if (ThresholdsFor(section, division) is not { } t)
        {
            return null;
        }

        if ((t.Small.Employees is not null && employees is null) || (t.Small.Revenue is not null && revenue is null))
        {
            return null;
        }

        bool Reaches((int? Employees, decimal? Revenue) limit) =>
            (limit.Employees is not { } e || employees >= e) && (limit.Revenue is not { } r || revenue >= r);

        var size = Reaches(t.Large) ? SizeClass.Large : Reaches(t.Medium) ? SizeClass.Medium : Reaches(t.Small) ? SizeClass.Small : SizeClass.Micro;
        return new SizeVerdict(size, t);
    }
}
