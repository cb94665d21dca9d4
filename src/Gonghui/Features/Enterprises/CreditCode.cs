using Gonghui.Infrastructure.Text;

namespace Gonghui.Features.Enterprises;

public enum CreditCodeProblem
{
    Missing,
    WrongLength,
    BadCharacter,
    BadCheckCharacter,
}

/// <summary>
/// GB 32100-2015 unified social credit codes: 18 characters from <c>0-9 A-H J-N P-R T U W-Y</c>, the check character
/// from weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28: check = (31 − sum mod 31) mod 31.
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <returns>The normalised code, or the problem with it.</returns>
    public static (string? Value, CreditCodeProblem? Problem) Check(string? raw)
    {
        var s = Normalise.Compact(raw).ToUpperInvariant();
        if (s.Length == 0)
        {
            return (null, CreditCodeProblem.Missing);
        }

        if (s.Length != 18)
        {
            return (null, CreditCodeProblem.WrongLength);
        }

        if (s.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return (null, CreditCodeProblem.BadCharacter);
        }

        return CheckCharacterOf(s) == s[17] ? (s, null) : (null, CreditCodeProblem.BadCheckCharacter);
    }

    public static char CheckCharacterOf(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
