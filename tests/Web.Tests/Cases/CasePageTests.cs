using System.Net;
using System.Text.RegularExpressions;
using Portal.Application.Cases;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Attachments;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// CASE-7, CASE-8 (guide 4.8.1–4.8.3): the case page opens on its activity, keeps the description's lines,
/// refuses a comment the rule refuses at the comment box, and shows attachment hashes to staff only. Each
/// test has its own portal.
/// </summary>
[Trait("Req", "CASE-7")]
public sealed partial class CasePageTests
{
    private const string NewOfA1 = "アプリが起動しない端末がある";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_opens_on_the_activity_tab_and_returns_there_after_a_comment()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), NewOfA1)}";

        AssertOnActivityTab(await client.GetPageAsync(page));

        using var sent = await client.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = "<p>追加の情報です</p>" }, $"{page}?handler=Comment");
        Assert.Equal(page, sent.RedirectTarget());
        var after = await client.GetPageAsync(sent.RedirectTarget());
        Assert.Contains("コメントを送信しました。", after, StringComparison.Ordinal);
        AssertOnActivityTab(after);
    }

    [Fact, Trait("Req", "CASE-8")]
    public async Task A_refused_upload_opens_the_attachments_tab()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await client.GetPageAsync("/Cases"), NewOfA1);

        using var sent = await client.AttachAsync(number, "setup.exe", [1, 2, 3]);

        var html = await client.GetPageAsync(sent.RedirectTarget());
        Assert.Equal("true", ShowTab().Match(html).Groups["value"].Value);
    }

    [Fact]
    public async Task The_description_keeps_its_line_breaks_as_plain_text()
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var account = AccountOption().Matches(await client.GetPageAsync("/Cases/New")).Single(m => m.Groups["number"].Value == DemoAccounts.AccountA3);

        using var sent = await client.SubmitAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.CustomerAccountId"] = account.Groups["id"].Value,
            ["Input.Category"] = "Other",
            ["Input.Subject"] = "複数行の説明",
            ["Input.Description"] = "一行目\r\n二行目 <b>太字ではない</b>\r\n\r\n四行目",
        });

        var description = Description().Match(await client.GetPageAsync(sent.RedirectTarget()));
        Assert.True(description.Success);
        Assert.Contains("plain-text", description.Groups["class"].Value, StringComparison.Ordinal);
        Assert.Equal("一行目\n二行目 <b>太字ではない</b>\n\n四行目",
            WebUtility.HtmlDecode(description.Groups["text"].Value).ReplaceLineEndings("\n"));
        Assert.Contains("&lt;b&gt;", description.Groups["text"].Value, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "AGT-1")]
    [InlineData(DemoAccounts.CustomerA)]
    [InlineData(DemoAccounts.Agent)]
    public async Task A_deeply_nested_comment_gets_the_field_error_and_nothing_is_stored(string userId)
    {
        using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(userId);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), NewOfA1)}";
        var before = Comments().Count(await client.GetPageAsync(page));
        var nested = string.Concat(Enumerable.Repeat("<b>", 33_000)) + "深い";

        using var refused = await client.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = nested }, $"{page}?handler=Comment");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        var error = FieldError().Match(html);
        Assert.True(error.Success, "no message at the comment box");
        Assert.Equal($"コメントの書式の入れ子が深すぎます（{CommentBody.MaxDepth} 段まで）。書式を減らしてください。", error.Groups["text"].Value);
        Assert.Contains("aria-describedby=\"comment-body-error\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"form-control is-invalid\"", html, StringComparison.Ordinal);
        AssertOnActivityTab(html);
        Assert.Equal(before, Comments().Count(await client.GetPageAsync(page)));
    }

    [Fact, Trait("Req", "CASE-8")]
    public async Task Customers_do_not_see_the_SHA_256_column_and_agents_do()
    {
        using var web = new PortalWebFactory();
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var number = CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), NewOfA1);
        using (await customer.AttachAsync(number, "log.txt", [1, 2, 3]))
        {
        }

        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var customerPage = await customer.GetPageAsync($"/Cases/{number}");
        var agentPage = await agent.GetPageAsync($"/Cases/{number}");

        const string hash = "039058C6F2C0CB492C533B0A4D14EF77CC0F78ABCCCED5287D84A1A2011CFB81"; // SHA-256 of 01 02 03
        Assert.Contains("log.txt", customerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("SHA-256", customerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, customerPage, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">SHA-256</th>", agentPage, StringComparison.Ordinal);
        Assert.Contains($"attachment-sha256\">{hash}</code>", agentPage, StringComparison.Ordinal);
    }

    private static void AssertOnActivityTab(string html)
    {
        Assert.Contains("class=\"tab-pane fade show active\" id=\"case-activity\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"nav-link active\" id=\"case-activity-tab\"", html, StringComparison.Ordinal);
        Assert.Equal("false", ShowTab().Match(html).Groups["value"].Value);
        Assert.Contains("case-comment-form", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"attachments\"[^>]*data-show-tab=\"(?<value>[^\"]*)\"")]
    private static partial Regex ShowTab();

    [GeneratedRegex("<dd class=\"(?<class>[^\"]*case-description[^\"]*)\">(?<text>[^<]*)</dd>")]
    private static partial Regex Description();

    [GeneratedRegex("<span id=\"comment-body-error\" class=\"invalid-feedback d-block comment-error field-validation-error\"[^>]*>(?<text>[^<]*)</span>")]
    private static partial Regex FieldError();

    [GeneratedRegex("<li class=\"card mb-2 (comment|border-warning work-note)\">")]
    private static partial Regex Comments();

    [GeneratedRegex("<option value=\"(?<id>[0-9a-f-]{36})\"[^>]*>(?<number>N[0-9]+)</option>")]
    private static partial Regex AccountOption();
}
