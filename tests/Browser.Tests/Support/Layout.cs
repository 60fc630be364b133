using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// What a phone user would notice on a page (UI-5): the page scrolls sideways, a control sits outside the
/// window, or a short label breaks into a column of single characters.
/// </summary>
public static class Layout
{
    private const string Script = """
        () => {
            const problems = [];
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width + 1)
                problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
            const visible = e => {
                const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.visually-hidden, [hidden], .modal:not(.show), .dropdown-menu:not(.show), .collapse:not(.show)');
            };
            const name = e => (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || e.id || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex="0"]')) {
                if (!visible(e)) continue;
                const r = e.getBoundingClientRect();
                if (r.left < -1 || r.right > width + 1)
                    problems.push(`${e.tagName.toLowerCase()} "${name(e)}" lies outside the window (${Math.round(r.left)}..${Math.round(r.right)} px)`);
            }
            for (const e of document.querySelectorAll('th, td, .btn, .badge, .nav-link, label, .breadcrumb-item, dt, dd, .page-link')) {
                if (!visible(e)) continue;
                const text = e.textContent.trim();
                if (text.length < 3) continue;
                const range = document.createRange();
                range.selectNodeContents(e);
                const lines = [...range.getClientRects()].filter(r => r.width > 0);
                const em = parseFloat(getComputedStyle(e).fontSize);
                const tops = new Set(lines.map(r => Math.round(r.top)));
                if (tops.size >= 3 && Math.max(...lines.map(r => r.width)) < 2.2 * em)
                    problems.push(`"${name(e)}" breaks into ${tops.size} lines of one or two characters`);
            }
            return problems;
        }
        """;

    /// <summary>Fails with every problem found on the page as it is now.</summary>
    public static async Task AssertReadableAsync(IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>(Script);
        Assert.True(problems.Length == 0, $"{page.Url} at {page.ViewportSize?.Width} px:\n" + string.Join("\n", problems));
    }
}
