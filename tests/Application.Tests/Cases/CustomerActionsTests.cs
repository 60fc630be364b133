using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-3 / CASE-7 (guide 4.8.2, 4.8.4): the customer's comment, close, accept and reject, only on its own cases (TEN-1).</summary>
[Trait("Req", "CASE-3")]
public sealed class CustomerActionsTests
{
    private const string ResolvedOfA1 = "端末の登録上限について";
    private const string ClosedOfA = "管理コンソールのログイン URL について";
    private const string CaseOfB = "Monthly report delivery address";

    [Theory]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.AwaitingCustomer)]
    public async Task The_customer_closes_a_case_that_is_not_resolved(CaseStatus status)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, status);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new CloseCase(number, await app.VersionOfAsync(number)));

        Assert.Equal(CaseStatus.Closed, (await app.Send(new GetCase(number))).Status);
    }

    [Theory]
    [InlineData(CaseStatus.Resolved, "Case.IllegalTransition")]
    [InlineData(CaseStatus.Closed, "Case.Closed")]
    public async Task Close_is_refused_on_a_resolved_or_closed_case(CaseStatus status, string code)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, status);
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new CloseCase(number, await app.VersionOfAsync(number))));

        Assert.Equal(code, refused.Code);
        Assert.Equal(status, (await app.Send(new GetCase(number))).Status);
    }

    [Fact]
    public async Task Accepting_the_solution_closes_a_resolved_case()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.Resolved);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new AcceptSolution(number, await app.VersionOfAsync(number)));

        Assert.Equal(CaseStatus.Closed, (await app.Send(new GetCase(number))).Status);
    }

    [Fact]
    public async Task Rejecting_the_solution_takes_a_resolved_case_back_to_in_progress()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.Resolved);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new RejectSolution(number, await app.VersionOfAsync(number)));

        Assert.Equal(CaseStatus.InProgress, (await app.Send(new GetCase(number))).Status);
    }

    [Theory]
    [InlineData(CaseStatus.New, "Case.IllegalTransition")]
    [InlineData(CaseStatus.InProgress, "Case.IllegalTransition")]
    [InlineData(CaseStatus.AwaitingCustomer, "Case.IllegalTransition")]
    [InlineData(CaseStatus.Closed, "Case.Closed")]
    public async Task Accept_and_reject_are_refused_unless_resolved(CaseStatus status, string code)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, status);
        await app.SignedInAs(Demo.CustomerA);

        var accept = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AcceptSolution(number, await app.VersionOfAsync(number))));
        var reject = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new RejectSolution(number, await app.VersionOfAsync(number))));

        Assert.Equal((code, code), (accept.Code, reject.Code));
        Assert.Equal(status, (await app.Send(new GetCase(number))).Status);
    }

    [Fact, Trait("Req", "CASE-7")]
    public async Task A_comment_on_a_closed_case_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.Closed);
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AddCustomerComment(number, "<p>まだ質問があります</p>", await app.VersionOfAsync(number))));

        Assert.Equal("Case.Closed", refused.Code);
    }

    [Fact, Trait("Req", "CASE-7")]
    public async Task A_customer_comment_on_an_awaiting_customer_case_moves_it_to_in_progress()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.AwaitingCustomer);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new AddCustomerComment(number, "<p>回答します</p>", await app.VersionOfAsync(number)));

        var detail = await app.Send(new GetCase(number));
        Assert.Equal(CaseStatus.InProgress, detail.Status);
        var comment = Assert.Single(detail.Activity.OfType<CommentActivity>(), c => c.BodyHtml == "<p>回答します</p>");
        Assert.False(comment.IsFromAgent);
        Assert.Equal("山田 花子", comment.AuthorName);
    }

    [Fact, Trait("Req", "CASE-7")]
    public async Task The_comment_html_is_sanitized_before_it_is_stored()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.InProgress);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new AddCustomerComment(number, "<p onclick=\"x()\"><strong>太字</strong><script>alert(1)</script></p>", await app.VersionOfAsync(number)));

        var stored = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number)
            .SelectMany(c => c.Comments).OrderByDescending(c => c.CreatedAt).Select(c => c.BodyHtml).FirstAsync());
        Assert.Equal("<p><strong>太字</strong></p>", stored);
    }

    /// <summary>The editor's empty "&lt;p&gt;&lt;br&gt;&lt;/p&gt;" is refused before sanitizing (CommentRuleTests).</summary>
    [Theory, Trait("Req", "CASE-7")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p><style>p { color: red }</style></p>")]
    public async Task A_comment_empty_after_sanitizing_is_refused(string html)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.InProgress);
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AddCustomerComment(number, html, await app.VersionOfAsync(number))));

        Assert.Equal("Case.EmptyComment", refused.Code);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task Every_action_on_another_companys_case_is_not_found()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == CaseOfB).Select(c => c.Number).SingleAsync());
        await app.SignedInAs(Demo.CustomerA);

        var version = await app.VersionOfAsync(number);
        ICommand<Unit>[] actions =
            [new AddCustomerComment(number, "<p>x</p>", version), new CloseCase(number, version), new AcceptSolution(number, version), new RejectSolution(number, version)];
        foreach (var action in actions)
        {
            await Assert.ThrowsAsync<NotFoundException>(() => app.Send(action));
        }
    }

    [Fact]
    public async Task A_case_changed_meanwhile_is_refused_with_a_reload_message()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await CaseInStatusAsync(app, CaseStatus.InProgress);
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);
        await app.SignedInAs(Demo.CustomerA);

        var refused = await app.InUserScopeAsync(async sp =>
        {
            // This request read the case (it stays tracked) before an agent changed it: the race between read and write.
            var seen = await sp.Db().Cases.SingleAsync(c => c.Number == number);
            await ChangeAsync(app, number, c => c.RequestCustomerInput(agentId, app.Clock.GetUtcNow()));
            return await Assert.ThrowsAsync<DomainRuleException>(async () => await sp.GetRequiredService<ISender>().Send(new CloseCase(number, seen.Version), TestContext.Current.CancellationToken));
        });

        Assert.Equal("Case.ChangedMeanwhile", refused.Code);
        Assert.Equal(CaseStatus.AwaitingCustomer, (await app.Send(new GetCase(number))).Status);
    }

    /// <summary>A case of company A (N202400001) in <paramref name="status"/>: the seeded ones or the new fault case moved by an agent.</summary>
    private static async Task<string> CaseInStatusAsync(PortalApp app, CaseStatus status)
    {
        var subject = status switch
        {
            CaseStatus.Resolved => ResolvedOfA1,
            CaseStatus.Closed => ClosedOfA,
            _ => DemoCases.NewFaultSubject,
        };
        var number = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);
        var now = app.Clock.GetUtcNow();
        if (status is CaseStatus.InProgress or CaseStatus.AwaitingCustomer)
        {
            await ChangeAsync(app, number, c => c.StartWork(agentId, now));
        }

        if (status == CaseStatus.AwaitingCustomer)
        {
            await ChangeAsync(app, number, c => c.RequestCustomerInput(agentId, now));
        }

        return number;
    }

    private static Task ChangeAsync(PortalApp app, string number, Action<Case> change) =>
        app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(CancellationToken.None);
            change(await sp.Db().Cases.SingleAsync(c => c.Number == number));
            await unitOfWork.CommitAsync(CancellationToken.None);
        });
}
