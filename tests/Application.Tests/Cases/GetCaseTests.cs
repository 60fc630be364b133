using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Html;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-7: the case detail, only for who may see the case (TEN-1), without work notes for customers (AGT-1).</summary>
[Trait("Req", "CASE-7")]
public sealed class GetCaseTests
{
    private const string ResolvedOfA1 = "端末の登録上限について";
    private const string AwaitingOfA2 = "iOS 18 でのアラート通知仕様";
    private const string FaultOfA3 = "一部端末でセンサーが応答しない";
    private const string CaseOfB = "Monthly report delivery address";

    [Fact]
    public async Task A_customer_reads_its_own_case_with_the_activity_newest_first()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, ResolvedOfA1);
        await app.SignedInAs(Demo.CustomerA);

        var detail = await app.Send(new GetCase(number));

        Assert.Equal((number, CaseStatus.Resolved, CaseCategory.Service, Demo.A1, "山田 花子"),
            (detail.Number, detail.Status, detail.Category, detail.CustomerNumber, detail.Contact));
        Assert.Equal("現在の契約で登録できる端末数の上限を確認したいです。", detail.Description);
        Assert.False(string.IsNullOrEmpty(detail.Contractor));
        Assert.Equal(detail.Activity.Select(a => a.At).OrderDescending(), detail.Activity.Select(a => a.At));
        var change = Assert.IsType<StatusChangeActivity>(detail.Activity[0]);
        Assert.Equal((CaseStatus.InProgress, CaseStatus.Resolved), (change.From, change.To)); // the agent's reply took it up
        var reply = Assert.IsType<CommentActivity>(detail.Activity[1]);
        Assert.True(reply.IsFromAgent);
        Assert.Contains("<strong>500</strong>", reply.BodyHtml, StringComparison.Ordinal);
    }

    [Theory, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    [InlineData(CaseOfB)]
    [InlineData(FaultOfA3)]
    public async Task Another_companys_case_or_an_unlinked_accounts_case_is_not_found(string subject)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, subject);
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCase(number)));
    }

    [Theory, Trait("Req", "TEN-2")]
    [InlineData("CS9999999")]
    [InlineData("not-a-case")]
    public async Task An_unknown_number_is_not_found_the_same_way(string number)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCase(number)));
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task Work_notes_are_hidden_from_customers_and_shown_to_agents()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, AwaitingOfA2);

        var customer = await (await app.SignedInAs(Demo.CustomerA)).Send(new GetCase(number));
        var agent = await (await app.SignedInAs(Demo.Agent)).Send(new GetCase(number));

        var customerComments = customer.Activity.OfType<CommentActivity>().ToList();
        Assert.DoesNotContain(customerComments, c => c.IsWorkNote || c.BodyHtml.Contains("製品チーム", StringComparison.Ordinal));
        Assert.Single(customerComments);
        var note = Assert.Single(agent.Activity.OfType<CommentActivity>(), c => c.IsWorkNote);
        Assert.Contains("製品チームに確認中", note.BodyHtml, StringComparison.Ordinal);
    }

    /// <summary>Sanitized once, when written (CommentBody): the page gets what was stored.</summary>
    [Fact]
    public async Task Comment_html_reaches_the_page_sanitized_on_write()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, DemoCases.NewFaultSubject);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(number, "<p onclick=\"x()\">ok<script>alert(1)</script><img src=x onerror=alert(2)></p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        await app.SignedInAs(Demo.CustomerA);

        var detail = await app.Send(new GetCase(number));

        var latest = Assert.IsType<CommentActivity>(detail.Activity[0]);
        Assert.Equal("<p>ok</p>", latest.BodyHtml);
        Assert.Equal(latest.BodyHtml, await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number)
            .SelectMany(c => c.Comments).Select(c => c.BodyHtml).SingleAsync()));
    }

    [Theory]
    [InlineData("<p>a<script>alert(1)</script></p>", "<p>a</p>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "")]
    [InlineData("<p onmouseover=\"alert(1)\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<svg onload=\"alert(1)\"><circle /></svg>b", "b")]
    [InlineData("<span style=\"width: expression(alert(1)); color: red\">a</span>", "<span style=\"color: rgba(255, 0, 0, 1)\">a</span>")]
    [InlineData("<p style=\"background-image: url(javascript:alert(1))\">a</p>", "<p>a</p>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>c", "c")]
    public void The_sanitizer_removes_scripts_handlers_and_dangerous_urls_and_styles(string html, string expected) =>
        Assert.Equal(expected, new AllowListHtmlSanitizer().Sanitize(html));

    [Theory]
    [InlineData("<p><b>b</b> <i>i</i> <u>u</u> <strong>s</strong> <em>e</em></p>")]
    [InlineData("<ul><li>one</li></ul><ol><li>two</li></ol>")]
    [InlineData("<table><tbody><tr><th>h</th><td colspan=\"2\">d</td></tr></tbody></table>")]
    [InlineData("<p><span style=\"color: rgba(255, 0, 0, 1)\">red</span></p>")]
    [InlineData("<a href=\"https://example.com/\">link</a>")]
    public void The_sanitizer_keeps_the_editors_formatting(string html) =>
        Assert.Equal(html, new AllowListHtmlSanitizer().Sanitize(html));

    private static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());
}
