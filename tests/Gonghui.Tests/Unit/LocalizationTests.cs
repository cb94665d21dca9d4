using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Gonghui.Tests.Unit;

/// <summary>Every string the code asks for exists in Chinese and in English, and the two files hold the same keys.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Gonghui"));

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Source, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void Chinese_and_English_have_the_same_keys()
    {
        var zh = Keys("SharedResource.resx");
        var en = Keys("SharedResource.en.resx");
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
    }

    /// <summary>The resource compiler drops a key that differs from another only in case, with a warning.</summary>
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void No_two_keys_differ_only_in_case(string file)
    {
        var names = XDocument.Load(Path.Combine(Source, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_key_the_code_uses_is_defined()
    {
        var defined = Keys("SharedResource.resx");
        var used = Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(defined));
    }

    [GeneratedRegex(@"\b[tT]\[""([A-Za-z][A-Za-z0-9.\-]*)""")]
    private static partial Regex KeyUse();
}
