namespace Gonghui.Infrastructure.Security;

/// <summary>How personal data is shown to whoever may not see it whole.</summary>
public static class Masking
{
    /// <summary>
    /// <c>110105199001011234</c> → <c>**************1234</c>: the last four only (decision 0014). The region and the birth
    /// date stay hidden, since the birth year is shown beside it; what is left opens to hundreds of candidates, each a
    /// limited, audited look-up.
    /// </summary>
    public static string MaskIdNumber(string id) =>
        id.Length <= 8 ? new string('*', id.Length) : string.Concat(new string('*', id.Length - 4), id.AsSpan(id.Length - 4));

    /// <summary><c>13812345678</c> → <c>138****5678</c>.</summary>
    public static string MaskPhone(string phone) =>
        phone.Length < 7 ? new string('*', phone.Length) : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));

    /// <summary>Any other personal text: first and last characters kept.</summary>
    public static string MaskGeneric(string value) =>
        value.Length switch
        {
            0 => value,
            <= 2 => new string('*', value.Length),
            _ => string.Concat(value.AsSpan(0, 1), new string('*', value.Length - 2), value.AsSpan(value.Length - 1)),
        };
}
