using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Gonghui.BrowserTests;

/// <summary>The public portal on a phone and a desktop, signed in as nobody, checked with axe at WCAG 2.1 AA.</summary>
[Collection("console")]
public sealed class PortalTests(ConsoleServer server) : Walks(server)
{
    private static readonly AxeRunOptions Wcag21AA = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    /// <summary>No violation of WCAG 2.1 A or AA on the page as it stands, each named with its nodes when there is one.</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0,
            $"{page.Url}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Help}): {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    /// <summary>A covered enterprise's credit code and the name of the union that covers it, read by the district's admin.</summary>
    private async Task<(string Code, string Union)> CoveredEnterpriseAsync()
    {
        var admin = await console.SignInAsync("admin");
        var answer = await admin.Context.APIRequest.GetAsync("/api/v1/enterprises?covered=true&pageSize=1");
        using var json = JsonDocument.Parse(await answer.TextAsync());
        var first = json.RootElement.GetProperty("items")[0];
        var result = (first.GetProperty("creditCode").GetString()!, first.GetProperty("unionName").GetString()!);
        await admin.Context.CloseAsync();
        return result;
    }

    [Theory]
    [InlineData(375, 812, "zh-CN")]
    [InlineData(1440, 900, "en")]
    public async Task A_worker_finds_the_union_of_their_employer_by_its_credit_code(int width, int height, string locale)
    {
        var (code, union) = await CoveredEnterpriseAsync();
        var context = await console.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = console.BaseUrl, Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = width < 500, HasTouch = width < 500,
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => Assert.Fail($"browser {page.Url}: {error}");
        await page.GotoAsync("/portal");
        await AssertAccessibleAsync(page);
        if (locale == "en")
        {
            await page.ClickAsync("nav.pt-lang >> text=English");
            Assert.Equal("Find your union", await page.InnerTextAsync("h1"));
        }

        await page.FillAsync("#q", code);
        await page.ClickAsync("button.pt-button");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("q="));
        await AssertAccessibleAsync(page);
        await page.ClickAsync($".pt-results >> text={union}");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/portal/unions/\\d+"));
        Assert.Equal(union, await page.InnerTextAsync("h1"));
        Assert.StartsWith("tel:", await page.GetAttributeAsync(".pt-contact a[href^='tel:']", "href"), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        // Nothing of the console: no script at all, no sign-in cookie.
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name.Contains("Identity", StringComparison.Ordinal) || c.Name.Contains("Auth", StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"/tmp/gh/portal-{width}.png", FullPage = true });
        await context.CloseAsync();
    }
}
