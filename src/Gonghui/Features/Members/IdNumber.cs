using System.Globalization;
using Gonghui.Infrastructure.Text;

namespace Gonghui.Features.Members;

public enum Gender
{
    Female,
    Male,
}

/// <summary>Why a resident ID number was refused; each has its own message for the person who typed it.</summary>
public enum IdNumberProblem
{
    Missing,
    ScientificNotation,
    WrongLength,
    NotDigits,
    BadBirthDate,
    BadCheckCharacter,
}

/// <summary>A checked resident ID number with what it tells: birth date and gender.</summary>
public sealed record IdNumberCheck(string? Value, DateOnly? BirthDate, Gender? Gender, IdNumberProblem? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>
/// GB 11643-1999 resident ID numbers: 18 characters, a real birth date, and the check character from weights
/// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → <c>1 0 X 9 8 7 6 5 4 3 2</c>. Old 15-digit numbers are upgraded.
/// </summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <param name="raw">As typed or imported: full-width digits, spaces and a lower-case x are accepted.</param>
    /// <param name="today">The date birth dates may not pass.</param>
    public static IdNumberCheck Check(string? raw, DateOnly today)
    {
        var s = Normalise.Compact(raw).ToUpperInvariant();
        if (s.Length == 0)
        {
            return Fail(IdNumberProblem.Missing);
        }

        // Excel turns a long number into 1.10105E+17, and the lost digits cannot be recovered.
        if (s.Contains("E+", StringComparison.Ordinal) || (s.Contains('.', StringComparison.Ordinal) && s.Contains('E', StringComparison.Ordinal)))
        {
            return Fail(IdNumberProblem.ScientificNotation);
        }

        if (s.Length == 15 && s.All(char.IsAsciiDigit))
        {
            // First-generation numbers: two-digit years of the 1900s and no check character.
            s = string.Concat(s.AsSpan(0, 6), "19", s.AsSpan(6));
            s += CheckCharacterOf(s);
        }

        if (s.Length != 18)
        {
            return Fail(IdNumberProblem.WrongLength);
        }

        if (!s[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(s[17]) || s[17] == 'X'))
        {
            return Fail(IdNumberProblem.NotDigits);
        }

        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
        {
            return Fail(IdNumberProblem.BadBirthDate);
        }

        if (CheckCharacterOf(s) != s[17])
        {
            return Fail(IdNumberProblem.BadCheckCharacter);
        }

        return new IdNumberCheck(s, birth, (s[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female, null);
    }

    public static char CheckCharacterOf(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static IdNumberCheck Fail(IdNumberProblem problem) => new(null, null, null, problem);
}
