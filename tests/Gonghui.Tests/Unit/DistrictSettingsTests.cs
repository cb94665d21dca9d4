using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Tests.Unit;

/// <summary>Every parameter the district may set has a label in both languages, a unique key, and a default within its own bounds.</summary>
public sealed class DistrictSettingsTests
{
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var d in Definitions())
        {
            data.Add(d.Key);
        }

        return data;
    }

    private static List<SettingDefinition> Definitions() =>
        typeof(DistrictSettings).Assembly.GetTypes()
            .Where(t => typeof(IDistrictSettingsSection).IsAssignableFrom(t) && !t.IsInterface)
            .SelectMany(t => (IEnumerable<SettingDefinition>)t.GetProperty("Definitions", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToList();

    [Fact]
    public void Keys_are_unique_and_belong_to_their_section()
    {
        var all = Definitions();
        Assert.Equal(all.Count, all.Select(d => d.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(all.Count >= 30);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_has_a_label_and_a_default_within_bounds(string key)
    {
        var d = Definitions().Single(x => x.Key == key);
        var resources = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Gonghui/Resources"));
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            Assert.Contains(XDocument.Load(Path.Combine(resources, file)).Root!.Elements("data"), e => (string)e.Attribute("name")! == d.LabelKey);
        }

        switch (d.Kind)
        {
            case SettingKind.Count or SettingKind.Amount:
                var n = decimal.Parse(d.PlanDefault, CultureInfo.InvariantCulture);
                Assert.InRange(n, d.Min, d.Max);
                break;
            case SettingKind.Rate:
                Assert.InRange(decimal.Parse(d.PlanDefault, CultureInfo.InvariantCulture), 0m, 1m);
                break;
            case SettingKind.Choices:
                Assert.All(d.PlanDefault.Split(',', StringSplitOptions.RemoveEmptyEntries), c => Assert.Contains(c, d.Choices!));
                break;
        }
    }
}
