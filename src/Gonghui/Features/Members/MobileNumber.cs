using Gonghui.Infrastructure.Text;

namespace Gonghui.Features.Members;

/// <summary>Mainland mobile numbers: 11 digits, <c>1[3-9]</c> then nine more; full-width digits, spaces, dashes and a +86 prefix are tidied away.</summary>
public static class MobileNumber
{
    /// <returns>The 11 digits, or null when it is not a mobile number.</returns>
    public static string? Clean(string? raw)
    {
        var s = Normalise.Compact(raw).Replace("-", "", StringComparison.Ordinal);
        if (s.StartsWith("+86", StringComparison.Ordinal))
        {
            s = s[3..];
        }
        else if (s.Length == 13 && s.StartsWith("86", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return s.Length == 11 && s[0] == '1' && s[1] is >= '3' and <= '9' && s.All(char.IsAsciiDigit) ? s : null;
    }
}
