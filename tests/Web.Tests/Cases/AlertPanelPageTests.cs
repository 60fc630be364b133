using System.Globalization;
using System.Net;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// API-1: an alert case's page shows the detection as a panel, in the user's time zone, with the Falcon console
/// link opening apart; the customer answers the alert once with one click (想定内 / 想定外・調査を依頼), recorded as
/// a comment that moves the case like one. One portal serves the class; each test uses its own alert case.
/// </summary>
[Trait("Req", "API-1")]
public sealed class AlertPanelPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string AlertOfA1 = "High severity detection: malicious app installed";
    private const string AlertOfB1 = "Medium severity detection: jailbreak suspected";

    [Fact]
    public async Task The_customer_sees_the_detection_with_its_severity_and_the_time_in_its_own_zone()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases?view=Alerts"), AlertOfA1)}";

        var html = await client.GetPageAsync(page);

        Assert.Contains("<h2 class=\"h5 mb-0\" id=\"alert-panel-title\">", html, StringComparison.Ordinal);
        Assert.Contains("alert-severity\">重要度: 高</span>", html, StringComparison.Ordinal);
        Assert.Contains("alert-device\">iPhone-HQ-0042</dd>", html, StringComparison.Ordinal);
        Assert.Contains("alert-user\">yamada.hanako</dd>", html, StringComparison.Ordinal);
        Assert.Contains("alert-tactic\">Persistence</dd>", html, StringComparison.Ordinal);
        Assert.Contains("alert-technique\">Compromise Application Executable</dd>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://falcon.crowdstrike.com/mobile/detections/ldt:demo:0001\" target=\"_blank\" rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
        var detectedAt = DetectedAt(html);
        var tokyo = TimeZoneInfo.ConvertTime(detectedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Contains($">{tokyo.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}</time>", html, StringComparison.Ordinal);
        Assert.Contains(">想定内", html, StringComparison.Ordinal);
        Assert.Contains(">想定外・調査を依頼", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_customer_answers_unexpected_with_a_note_once_and_sees_it_as_its_comment()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerB);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases?view=Alerts"), AlertOfB1)}";

        using var answer = await client.SubmitAsync(page,
            new Dictionary<string, string> { ["response"] = "Unexpected", ["note"] = "Nobody rooted this phone.\n<script>alert(1)</script>" }, $"{page}?handler=AlertAnswer");
        var html = await client.GetPageAsync(answer.RedirectTarget());
        using var again = await client.SubmitAsync(page, new Dictionary<string, string> { ["response"] = "Expected" }, $"{page}?handler=AlertAnswer");
        var refused = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("Your answer to the alert was sent.", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Answer to the alert: unexpected, please investigate</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Nobody rooted this phone.<br>&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Answered “Unexpected, please investigate” on", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-answer-form", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This alert has already been answered.", refused, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(await client.GetPageAsync(page), "Answer to the alert:"));
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task An_agent_cannot_answer_for_the_customer_and_an_inquiry_has_no_panel()
    {
        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var alert = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases?view=Alerts"), AlertOfA1)}";
        var inquiry = $"/Cases/{CaseRows.NumberOf(await customer.GetPageAsync("/Cases"), "アプリが起動しない端末がある")}";

        using var answer = await agent.SubmitAsync(alert, new Dictionary<string, string> { ["response"] = "Expected" }, $"{alert}?handler=AlertAnswer");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("alert-answer-form", await customer.GetPageAsync(alert), StringComparison.Ordinal); // still unanswered
        Assert.DoesNotContain("alert-panel", await customer.GetPageAsync(inquiry), StringComparison.Ordinal);
    }

    private static DateTimeOffset DetectedAt(string html)
    {
        const string marker = "alert-detected-at\"><time datetime=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return DateTimeOffset.Parse(WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]), CultureInfo.InvariantCulture);
    }
}
