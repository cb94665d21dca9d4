using System.Globalization;

namespace Gonghui.Infrastructure.Localization;

/// <summary>Figures as the console shows them everywhere: a rate as a percentage with one decimal and no space ("24.0%"), nothing as "—".</summary>
public static class Numbers
{
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
