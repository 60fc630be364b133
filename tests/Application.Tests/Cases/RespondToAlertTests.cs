using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Cases.Commands.RespondToAlert;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// API-1: the customer's one-click answer on an alert case, through the mediator on each database: a comment in the
/// customer's language that moves the case like one, given once, by the customers of that account only.
/// </summary>
[Trait("Req", "API-1")]
public sealed class RespondToAlertTests
{
    private const string AlertOfA1 = "High severity detection: malicious app installed";
    private const string AlertOfB1 = "Medium severity detection: jailbreak suspected";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_answer_is_the_customers_comment_and_takes_an_awaiting_alert_back_to_in_progress(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await NumberOfAsync(app, AlertOfA1);
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);
        await ChangeAsync(app, number, c => c.StartWork(agentId, app.Clock.GetUtcNow()));
        await ChangeAsync(app, number, c => c.RequestCustomerInput(agentId, app.Clock.GetUtcNow()));
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new RespondToAlert(number, AlertResponse.Unexpected, "心当たりのないアプリです。\n<b>至急</b>", await app.VersionOfAsync(number)));

        var detail = await app.Send(new GetCase(number));
        Assert.Equal(CaseStatus.InProgress, detail.Status);
        Assert.Equal(AlertResponse.Unexpected, detail.Alert!.Response);
        Assert.Equal(app.Clock.GetUtcNow(), detail.Alert.RespondedAt);
        var comment = Assert.IsType<CommentActivity>(detail.Activity.First(a => a is CommentActivity));
        Assert.False(comment.IsFromAgent);
        Assert.Equal("山田 花子", comment.AuthorName);
        Assert.Equal("<p><strong>アラートへの回答: 想定外・調査を依頼</strong></p><p>このアラートは想定外です。調査をお願いします。</p>" +
            "<p>補足:<br>心当たりのないアプリです。<br>&lt;b&gt;至急&lt;/b&gt;</p>", comment.BodyHtml);
    }

    [Fact]
    public async Task An_english_customer_answers_in_english_and_a_second_answer_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, AlertOfB1);
        await app.SignedInAs(Demo.CustomerB);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            await app.Send(new RespondToAlert(number, AlertResponse.Expected, null, await app.VersionOfAsync(number)));
            var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
                await app.Send(new RespondToAlert(number, AlertResponse.Unexpected, null, await app.VersionOfAsync(number))));

            Assert.Equal("Case.AlertAnswered", refused.Code);
            var detail = await app.Send(new GetCase(number));
            Assert.Equal(AlertResponse.Expected, detail.Alert!.Response);
            var comment = Assert.Single(detail.Activity.OfType<CommentActivity>());
            Assert.Equal("<p><strong>Answer to the alert: expected</strong></p><p>This alert was expected: we know what set it off.</p>", comment.BodyHtml);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task An_inquiry_cannot_be_answered_as_an_alert()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, DemoCases.NewFaultSubject);
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await app.Send(new RespondToAlert(number, AlertResponse.Expected, null, await app.VersionOfAsync(number))));

        Assert.Equal("Case.NotAnAlert", refused.Code);
        Assert.Null((await app.Send(new GetCase(number))).Alert);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task Another_companys_customer_finds_no_such_case_and_an_agent_may_not_answer()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, AlertOfA1);
        var version = await app.VersionOfAsync(number);

        await app.SignedInAs(Demo.CustomerB);
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new RespondToAlert(number, AlertResponse.Expected, null, version)));
        await app.SignedInAs(Demo.Agent);
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new RespondToAlert(number, AlertResponse.Expected, null, version)));

        await app.SignedInAs(Demo.CustomerA);
        var detail = await app.Send(new GetCase(number));
        Assert.Null(detail.Alert!.Response);
        Assert.True(detail.Actions.AnswerAlert);
        Assert.Empty(detail.Activity.OfType<CommentActivity>());
    }

    [Fact]
    public async Task A_note_over_the_limit_is_refused_and_nothing_is_recorded()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, AlertOfA1);
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(async () => await app.Send(
            new RespondToAlert(number, AlertResponse.Expected, new string('x', RespondToAlert.NoteMaxLength + 1), await app.VersionOfAsync(number))));

        Assert.Null((await app.Send(new GetCase(number))).Alert!.Response);
    }

    private static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());

    private static Task ChangeAsync(PortalApp app, string number, Action<Case> change) =>
        app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(CancellationToken.None);
            change(await sp.Db().Cases.SingleAsync(c => c.Number == number));
            await unitOfWork.CommitAsync(CancellationToken.None);
        });
}
