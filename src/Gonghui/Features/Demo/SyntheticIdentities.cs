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

    // Prefixes the three carriers give to mobile numbers (no data-only 14x, no virtual-operator 16x/17x blocks).
    private static readonly string[] MobilePrefixes =
        ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159",
         "166", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "198", "199"];

    public static string Phone(Random random) =>
        MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(100_000_000).ToString("00000000", CultureInfo.InvariantCulture);

    // Common surnames, the most common repeated so they come up as often as they do in a Beijing office's roster.
    private static readonly string[] Surnames =
        ["王", "王", "李", "李", "张", "张", "刘", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗",
         "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程",
         "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白"];

    private static readonly string[] MaleGiven =
        ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "辉", "鹏", "华", "飞", "刚", "平", "斌", "宇", "浩", "凯", "健", "俊", "帆", "鑫",
         "波", "宁", "亮", "峰", "龙", "建", "国", "志", "文", "东", "海", "晓", "永", "春", "立", "振", "子", "博", "嘉", "天", "思", "然", "阳", "晨"];

    private static readonly string[] FemaleGiven =
        ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莹", "颖", "琳", "倩", "洁", "晶", "欣", "怡", "佳", "月", "萍",
         "红", "梅", "兰", "蕾", "薇", "璐", "秀", "英", "晓", "丹", "雅", "琪", "思", "梦", "雨", "欢", "悦", "楠", "彤", "琦", "冰", "瑶", "诗", "宁"];

    /// <summary>A name whose given part suits the holder of <paramref name="idNumber"/> (its 17th digit: odd for a man).</summary>
    public static string Name(string idNumber, Random random) => Name(random, (idNumber[16] - '0') % 2 == 1);

    /// <summary>A name of either sex: a common surname and one or two characters of the sex's given names.</summary>
    public static string Name(Random random, bool? male = null)
    {
        var pool = (male ?? random.Next(2) == 0) ? MaleGiven : FemaleGiven;
        var given = pool[random.Next(pool.Length)];
        if (random.Next(5) < 3)
        {
            var second = pool[random.Next(pool.Length)];
            given += second == given ? pool[(Array.IndexOf(pool, second) + 1) % pool.Length] : second;
        }

        return Surnames[random.Next(Surnames.Length)] + given;
    }

    /// <summary>A credit code of a Beijing company (registration authority 9, kind 1, region 110105).</summary>
    public static string CreditCode(Random random)
    {
        var body = "91110105" + random.NextInt64(1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);
        return body + Enterprises.CreditCode.CheckCharacterOf(body);
    }
}
