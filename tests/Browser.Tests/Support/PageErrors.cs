using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// What a user would see in the browser's console while a test runs: script errors, console errors (failed
/// loads, a blocked CDN) and Content-Security-Policy violations, reported by the page itself through a
/// <c>securitypolicyviolation</c> listener installed before any of the portal's scripts run.
/// </summary>
public static class PageErrors
{
    private const string Binding = "__portalTestCspViolation";

    private const string Listener = $$"""
        document.addEventListener("securitypolicyviolation", e =>
            window.{{Binding}}(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile || location.href}:${e.lineNumber}`));
        """;

    /// <summary>Starts recording on <paramref name="page"/>; call before the first navigation.</summary>
    public static async Task<IReadOnlyCollection<string>> RecordAsync(IPage page)
    {
        ConcurrentQueue<string> errors = new();
        page.PageError += (_, error) => errors.Enqueue($"script error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Enqueue($"console error: {message.Text} ({message.Location})");
        };
        await page.ExposeFunctionAsync(Binding, (string violation) => errors.Enqueue($"CSP violation: {violation}"));
        await page.AddInitScriptAsync(Listener);
        return errors;
    }
}
