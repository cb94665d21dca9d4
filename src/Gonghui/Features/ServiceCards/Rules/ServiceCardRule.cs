namespace Gonghui.Features.ServiceCards.Rules;

/// <summary>What can be done to a card in each state.</summary>
public enum ServiceCardStep
{
    Issue,
    ReportLost,
    Replace,
    Cancel,
}

/// <summary>
/// The Jing Card's life (R8): applied → issued → reported lost → replaced (with a new number) → lost again …; cancelled
/// from any state but cancelled. A card is in force when issued or replaced; the issuance rate is cards in force over
/// the union's active members.
/// </summary>
public static class ServiceCardRule
{
    /// <summary>The plan names no figure; the district sets its own (<c>ServiceCards:IssuanceTarget</c>).</summary>
    public const decimal DefaultIssuanceTarget = 0.6m;

    /// <summary>A bank card number (the Jing Card is a UnionPay debit card): 16 to 19 digits.</summary>
    public const int MinDigits = 16;

    public const int MaxDigits = 19;

    public static bool InForce(ServiceCardStatus status) => status is ServiceCardStatus.Issued or ServiceCardStatus.Replaced;

    public static bool Allows(ServiceCardStatus status, ServiceCardStep step) => step switch
    {
        ServiceCardStep.Issue => status == ServiceCardStatus.Applied,
        ServiceCardStep.ReportLost => InForce(status),
        ServiceCardStep.Replace => status == ServiceCardStatus.ReportedLost,
        _ => status != ServiceCardStatus.Cancelled,
    };

    /// <summary>The number with spaces and dashes taken out when it is 16 to 19 digits; otherwise null.</summary>
    public static string? CleanNumber(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var digits = new System.Text.StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is >= '０' and <= '９')
            {
                digits.Append((char)('0' + (c - '０')));
            }
            else if (c is not (' ' or '-' or '\u3000' or '\t'))
            {
                return null;
            }
        }

        return digits.Length is >= MinDigits and <= MaxDigits ? digits.ToString() : null;
    }

    /// <summary><c>6214830112345678</c> → <c>************5678</c>: the last four only, as a bank's statement shows it.</summary>
    public static string Mask(string number) =>
        number.Length <= 4 ? new string('*', number.Length) : string.Concat(new string('*', number.Length - 4), number.AsSpan(number.Length - 4));

    /// <summary>Cards in force over active members, to four places; null with no active member.</summary>
    public static decimal? IssuanceRate(long inForce, long activeMembers) =>
        activeMembers <= 0 ? null : Math.Round((decimal)inForce / activeMembers, 4);
}
