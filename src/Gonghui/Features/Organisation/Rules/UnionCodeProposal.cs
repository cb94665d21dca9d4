using System.Globalization;
using System.Text.RegularExpressions;

namespace Gonghui.Features.Organisation.Rules;

/// <summary>
/// The code a new union under a parent most likely takes: the parent's code, a hyphen, and the next number of the
/// pattern its children already follow (CY-GX-001 … CY-GX-006 → CY-GX-007; CY-A01 … CY-A40 → CY-A41, the letters
/// kept, the digits as wide as before); CY-GX-001 when the parent has no children yet. A proposal only: the clerk may
/// write another, and the usual checks apply.
/// </summary>
public static partial class UnionCodeProposal
{
    public static string Next(string parentCode, IEnumerable<string> siblingCodes)
    {
        var prefix = parentCode + "-";
        var numbered = siblingCodes
            .Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(c => Suffix().Match(c[prefix.Length..]))
            .Where(m => m.Success)
            .Select(m => (Letters: m.Groups[1].Value, Digits: m.Groups[2].Value))
            .ToList();
        if (numbered.Count == 0)
        {
            return prefix + "001";
        }

        // The pattern most children follow; among its numbers, the highest.
        var pattern = numbered.GroupBy(n => (n.Letters, n.Digits.Length)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Letters, StringComparer.Ordinal).First();
        var next = pattern.Max(n => long.Parse(n.Digits, CultureInfo.InvariantCulture)) + 1;
        return $"{prefix}{pattern.Key.Letters}{next.ToString(CultureInfo.InvariantCulture).PadLeft(pattern.Key.Length, '0')}";
    }

    [GeneratedRegex("^([A-Za-z]*)([0-9]{1,9})$")]
    private static partial Regex Suffix();
}
