using System.Text;
using Gonghui.Features.Demo;
using MiniExcelLibs;

namespace Gonghui.Tests.Infrastructure;

/// <summary>Roster files as union offices send them: CSV in UTF-8 or GBK, XLSX.</summary>
public static class Rosters
{
    public static readonly string[] MemberHeaders = ["姓名", "公民身份号码", "性别", "手机号码", "工作单位", "入会时间", "京卡号"];

    // The demo counts its members' identities from 0; rosters count theirs from ten million, so no roster's ID number is
    // one the test database already holds, nor another roster's (random draws from the same regions once collided).
    private static int nextIdentity = 10_000_000;

    /// <summary>Valid member rows with fresh ID numbers: name, ID number, gender, phone, enterprise, join date, card.</summary>
    public static List<string?[]> Members(int count, Random random, string? enterprise = null) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var id = SyntheticIdentities.IdNumber(Interlocked.Increment(ref nextIdentity));
            return new string?[] { $"导{i}", id, (id[16] - '0') % 2 == 1 ? "男" : "女", SyntheticIdentities.Phone(random), enterprise, $"2023/{1 + (i % 12)}/1", null };
        }).ToList();

    public static string WriteCsv(IEnumerable<string?[]> rows, Encoding encoding, string[]? headers = null, bool bom = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gonghui-roster-{Guid.NewGuid():N}.csv");
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers ?? MemberHeaders))
        {
            text.Append(string.Join(',', row.Select(c => c is null ? "" : c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c))).Append("\r\n");
        }

        var bytes = encoding.GetBytes(text.ToString());
        File.WriteAllBytes(path, bom ? [.. encoding.GetPreamble(), .. bytes] : bytes);
        return path;
    }

    public static string WriteXlsx(IEnumerable<string?[]> rows, string[]? headers = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gonghui-roster-{Guid.NewGuid():N}.xlsx");
        var columns = headers ?? MemberHeaders;
        MiniExcel.SaveAs(path, rows.Select(r => columns.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => (object?)x.Item2)));
        return path;
    }

    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }
}
