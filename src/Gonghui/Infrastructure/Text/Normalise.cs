using System.Text;

namespace Gonghui.Infrastructure.Text;

/// <summary>What rosters typed in Chinese office software contain: full-width characters, stray spaces and separators.</summary>
public static class Normalise
{
    /// <summary>Full-width ASCII (<c>１２３ＡＢＣ</c>) to half-width, and every kind of white space removed.</summary>
    public static string Compact(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var h = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(h))
            {
                sb.Append(h);
            }
        }

        return sb.ToString();
    }
}
