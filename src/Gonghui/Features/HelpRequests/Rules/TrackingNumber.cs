namespace Gonghui.Features.HelpRequests.Rules;

/// <summary>
/// The number a worker follows their request by: eleven random characters and a check character from an alphabet without
/// look-alikes (no 0/O, 1/I/L), shown in groups of four. 31¹¹ numbers, and a look-up needs the phone too: nobody walks them.
/// </summary>
public static class TrackingNumber
{
    /// <summary>31 characters: a prime, so a weighted check catches one wrong character and two swapped.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private const int RandomLength = 11;

    /// <summary>The number made from eleven random bytes (the caller draws them from a cryptographic source).</summary>
    public static string New(ReadOnlySpan<byte> random)
    {
        if (random.Length < RandomLength)
        {
            throw new ArgumentException($"{RandomLength} random bytes are needed", nameof(random));
        }

        Span<char> chars = stackalloc char[RandomLength + 1];
        for (var i = 0; i < RandomLength; i++)
        {
            // A byte modulo 31 favours eight characters by one in 256: no matter among 31¹¹ numbers.
            chars[i] = Alphabet[random[i] % Alphabet.Length];
        }

        chars[RandomLength] = Check(chars[..RandomLength]);
        return new string(chars);
    }

    /// <summary>A number as typed (any case, spaces or dashes) in its plain form, or null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var plain = new string([.. typed.Where(c => c is not (' ' or '-' or '　')).Select(char.ToUpperInvariant)]);
        return plain.Length == RandomLength + 1 && plain.All(c => Alphabet.Contains(c)) && Check(plain.AsSpan(0, RandomLength)) == plain[RandomLength] ? plain : null;
    }

    /// <summary>The number in groups of four (XXXX-XXXX-XXXX), as shown to the worker.</summary>
    public static string Display(string plain) => $"{plain[..4]}-{plain[4..8]}-{plain[8..]}";

    /// <summary>A weighted sum: any one character changed, or two neighbours swapped, changes it.</summary>
    private static char Check(ReadOnlySpan<char> chars)
    {
        var sum = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(chars[i]);
        }

        return Alphabet[sum % Alphabet.Length];
    }
}
