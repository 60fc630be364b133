using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Attachments;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// NFR-4 on the case page through the real pipeline: every form carries the version it was rendered with; a
/// change posted from a page loaded before a colleague acted is refused with the message, the page shows the
/// case as it is now, and what the user typed stays in the form. One portal serves the class; each test
/// changes a different case.
/// </summary>
[Trait("Req", "NFR-4")]
[Trait("Req", "AGT-1")]
public sealed class StaleChangePageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string ChangedMeanwhile = "このケースは他の方が更新しました。";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_comment_from_a_page_loaded_before_a_colleague_resolved_the_case_is_refused_and_kept_in_the_box()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var colleague = await web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var page = $"/Cases/{CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "一部端末でセンサーが応答しない")}";
        const string typed = "<p>ログを確認しています STALE-4417</p>";
        using var stale = await agent.FillInAsync(page, new Dictionary<string, string> { ["BodyHtml"] = typed });

        using var resolved = await colleague.SubmitAsync(page, new Dictionary<string, string> { ["resolution"] = "センサーを再インストールしました。" }, $"{page}?handler=Resolve");
        using var refused = await agent.PostAsync($"{page}?handler=Comment", stale, Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ChangedMeanwhile, Errors(html), StringComparison.Ordinal);
        Assert.Contains($">{WebUtility.HtmlEncode(typed)}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("センサーを再インストールしました。", html, StringComparison.Ordinal); // the colleague's change, freshly loaded
        Assert.Equal(await VersionAsync(page), long.Parse(Browsing.Version(html)!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(await StoredAsync("STALE-4417"));
    }

    [Fact]
    public async Task A_status_change_from_a_stale_page_does_not_undo_a_resolution()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var colleague = await web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var page = $"/Cases/{CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "Monthly report delivery address")}";
        using var stale = await agent.FillInAsync(page, new Dictionary<string, string> { ["target"] = "AwaitingCustomer" });

        using var resolved = await colleague.SubmitAsync(page, new Dictionary<string, string> { ["resolution"] = "New address registered." }, $"{page}?handler=Resolve");
        using var refused = await agent.PostAsync($"{page}?handler=Status", stale, Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ChangedMeanwhile, Errors(html), StringComparison.Ordinal);
        Assert.Contains("<option value=\"Resolved\" selected=\"selected\">解決済み（クローズ待ち）</option>", html, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Resolved, await InDatabaseAsync(db => db.Cases.Where(c => c.Number == page.Substring(7)).Select(c => c.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_resolution_from_a_stale_page_is_refused_and_kept_in_its_box()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var colleague = await web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var page = $"/Cases/{CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様")}";
        using var stale = await agent.FillInAsync(page, new Dictionary<string, string> { ["resolution"] = "STALE-RESOLUTION-9" });

        using var commented = await colleague.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = "<p>お調べします。</p>" }, $"{page}?handler=Comment");
        using var refused = await agent.PostAsync($"{page}?handler=Resolve", stale, Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        Assert.Contains(ChangedMeanwhile, Errors(html), StringComparison.Ordinal);
        Assert.Contains(">STALE-RESOLUTION-9</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("お調べします。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("STALE-RESOLUTION-9", await colleague.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "CASE-8")]
    public async Task An_upload_from_a_stale_page_is_refused_with_the_message_and_nothing_is_stored()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var colleague = await web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var page = $"/Cases/{CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "High severity detection: malicious app installed")}";
        var stale = Browsing.Version(await agent.GetPageAsync(page))!;

        using var commented = await colleague.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = "<p>端末を隔離しました。</p>" }, $"{page}?handler=Comment");
        using var upload = await agent.PostFilesAsync(page, $"{page}/Attachments", [("files", "stale-upload.txt", new ByteArrayContent([1, 2, 3]))],
            new Dictionary<string, string> { [Browsing.VersionField] = stale });

        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        Assert.Equal($"{page}#attachments", upload.RedirectTarget());
        var html = await agent.GetPageAsync(page);
        Assert.Contains(ChangedMeanwhile, html[html.IndexOf("attachment-error", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("端末を隔離しました。", html, StringComparison.Ordinal);
        Assert.False(await InDatabaseAsync(db => db.Cases.SelectMany(c => c.Attachments).AnyAsync(a => a.FileName == "stale-upload.txt", Ct)));
    }

    [Fact]
    public async Task Every_form_that_changes_the_case_carries_the_version_the_page_shows()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var page = $"/Cases/{CaseRows.NumberOf(await agent.GetPageAsync("/Cases"), "アプリが起動しない端末がある")}";

        var html = await agent.GetPageAsync(page);

        var version = await VersionAsync(page);
        foreach (var form in new[] { "agent-assign", "agent-status", "agent-resolve", "case-comment-form", "case-attachment-form" })
        {
            var start = html.IndexOf($"class=\"{form}", StringComparison.Ordinal) is var i and >= 0 ? i : html.IndexOf($" {form}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, form);
            var body = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
            Assert.Contains($"<input type=\"hidden\" name=\"version\" value=\"{version}\" />", body, StringComparison.Ordinal);
        }
    }

    private static string Errors(string html) => html[html.IndexOf("case-errors", StringComparison.Ordinal)..];

    private Task<long> VersionAsync(string page) => InDatabaseAsync(db => db.Cases.Where(c => c.Number == page.Substring(7)).Select(c => c.Version).SingleAsync(Ct));

    private Task<bool> StoredAsync(string marker) => InDatabaseAsync(db => db.Cases.SelectMany(c => c.Comments).AnyAsync(m => m.BodyHtml.Contains(marker), Ct));

    private async Task<T> InDatabaseAsync<T>(Func<IApplicationDbContext, Task<T>> read)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await read(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }
}
