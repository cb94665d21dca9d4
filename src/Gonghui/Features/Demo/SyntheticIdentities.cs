using System.Globalization;
using Gonghui.Features.Enterprises;
using Gonghui.Features.Members;

namespace Gonghui.Features.Demo;

/// <summary>Valid but fictional identifiers for demo data, tests and benchmarks: Beijing ID numbers and credit codes, mobile numbers.</summary>
public static class SyntheticIdentities
{
    // Beijing's district codes (东城, 西城, 朝阳, 丰台, 石景山, 海淀, 门头沟, 房山, 通州, 顺义, 昌平, 大兴).
    private static readonly string[] Regions = ["110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111", "110112", "110113", "110114", "110115"];

    /// <summary>An 18-character ID number of someone born between 1965 and 2004.</summary>
    public static string IdNumber(Random random)
    {
        var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(40 * 365));
        var body = Regions[random.Next(Regions.Length)] + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1000).ToString("000", CultureInfo.InvariantCulture);
        return body + Members.IdNumber.CheckCharacterOf(body);
    }

    /// <summary>
    /// The <paramref name="index"/>-th of a sequence of distinct ID numbers (for rosters of millions, where random draws
    /// would repeat): birth days spread over 40 years by a step coprime with their count, and sequence digits that differ
    /// between any two indices sharing a birthday (unique for the first 14.6 million).
    /// </summary>
    public static string IdNumber(int index)
    {
        const int Days = 14600;
        var birth = new DateOnly(1965, 1, 1).AddDays((int)((long)index * 7919 % Days));
        // Indices with the same birthday differ by a multiple of Days, so their sequences differ by a multiple of 201 (mod 1000).
        var sequence = (int)((index / Days + 7L * index) % 1000);
        var region = Regions[index % Regions.Length];
        var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
        return body + Members.IdNumber.CheckCharacterOf(body);
    }

    /// <summary>A join date after the 18th birthday of the ID number's holder and before 2026, as <c>yyyy-MM-dd</c>.</summary>
    public static string JoinDate(string idNumber, int salt)
    {
        var year = int.Parse(idNumber.AsSpan(6, 4), CultureInfo.InvariantCulture) + 18 + (salt % 3);
        return $"{year}-{1 + (salt % 12):00}-{1 + (salt % 28):00}";
    }

    public static string Phone(Random random) =>
        "1" + "3456789"[random.Next(7)] + random.Next(1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);

    /// <summary>A credit code of a Beijing company (registration authority 9, kind 1, region 110105).</summary>
    public static string CreditCode(Random random)
    {
        var body = "91110105" + random.NextInt64(1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);
        return body + Enterprises.CreditCode.CheckCharacterOf(body);
    }
}
