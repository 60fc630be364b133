using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// UI-5: axe-core on every page a test visits. Each load of the page starts a check of the page as loaded;
/// <see cref="CheckAsync"/> checks a state reached without a load (an open dialog, a chosen tab, the phone
/// menu). A page left before its check finished is checked again at the end by opening its address in the
/// same browser context (the portal is still running then: see <see cref="BrowserTest"/>). <see cref="AssertCleanAsync"/> waits for every check and fails on any serious or critical
/// violation, naming the page, the rule and the elements.
/// </summary>
public sealed class PageAudit
{
    private readonly IPage _page;
    private readonly List<Task> _running = [];
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _interrupted = new();
    private readonly ConcurrentDictionary<string, bool> _checked = new(StringComparer.Ordinal);

    private PageAudit(IPage page) => _page = page;

    public static PageAudit Attach(IPage page)
    {
        var audit = new PageAudit(page);
        page.Load += (_, _) =>
        {
            var url = page.Url;
            lock (audit._running)
                audit._running.Add(audit.RunOnLoadAsync(url));
        };
        return audit;
    }

    /// <summary>Checks the page as it is now.</summary>
    public async Task CheckAsync(string state = "")
    {
        await WaitAsync(); // axe-core runs one check at a time in a page
        Record(_page.Url + state, await _page.RunAxe());
    }

    /// <summary>Fails on any serious or critical violation found, after checking again the pages left before their check finished.</summary>
    public async Task AssertCleanAsync()
    {
        await WaitAsync();
        foreach (var url in _interrupted.Distinct().Where(url => !_checked.ContainsKey(url)).ToList())
        {
            var again = await _page.Context.NewPageAsync();
            try
            {
                await again.GotoAsync(url);
                Record(url, await again.RunAxe());
            }
            finally
            {
                await again.CloseAsync();
            }
        }

        Assert.True(_violations.IsEmpty, "axe-core (serious or critical):\n" + string.Join("\n", _violations));
    }

    private async Task WaitAsync()
    {
        Task[] running;
        lock (_running)
            running = [.. _running];
        await Task.WhenAll(running);
    }

    private async Task RunOnLoadAsync(string url)
    {
        try
        {
            var results = await _page.RunAxe();
            if (_page.Url == url)
                Record(url, results);
            else
                _interrupted.Enqueue(url);
        }
        catch (PlaywrightException)
        {
            // The page went on (a link followed, the test's context closed) before axe finished.
            _interrupted.Enqueue(url);
        }
    }

    private void Record(string url, AxeResult results)
    {
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var violation in serious)
        {
            var targets = string.Join(", ", violation.Nodes.Take(5).Select(n => n.Target?.ToString()));
            _violations.Enqueue($"{url}: {violation.Id} ({violation.Impact}) {violation.Help}: {targets}");
        }

        _checked[url] = serious.Count == 0;
    }
}
