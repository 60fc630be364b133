using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>UI-5: axe-core on the page as shown; a serious or critical violation fails the test with its rule and targets.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious));
    }
}
