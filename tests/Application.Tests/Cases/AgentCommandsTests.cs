using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Cases;

/// <summary>AGT-1: the agent's case commands (assign, status, comment vs work note, resolve) and CASE-3 for agents.</summary>
[Trait("Req", "AGT-1")]
[Trait("Req", "CASE-3")]
public sealed class AgentCommandsTests
{
    private const string NewOfA1 = DemoCases.NewFaultSubject;
    private const string ClosedOfA2 = "管理コンソールのログイン URL について";
    private const string ResolvedOfA1 = "端末の登録上限について";
    private const string InProgressOfA3 = "一部端末でセンサーが応答しない";
    private const string CaseOfB = "Monthly report delivery address";

    [Fact]
    public async Task An_agent_assigns_a_case_of_any_company_and_unassigns_it()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, CaseOfB);
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new AssignCase(number, agentId, await app.VersionOfAsync(number)));
        Assert.Equal(agentId, (await CaseAsync(app, number)).AssignedAgentId);

        await app.Send(new AssignCase(number, null, await app.VersionOfAsync(number)));
        Assert.Null((await CaseAsync(app, number)).AssignedAgentId);
    }

    [Fact]
    public async Task A_case_is_assigned_only_to_an_agent()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        var customerId = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        await app.SignedInAs(Demo.Agent);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AssignCase(number, customerId, await app.VersionOfAsync(number))));
        Assert.Equal("Case.AssigneeNotAgent", refused.Code);
    }

    [Fact]
    public async Task A_provider_admin_may_act_as_an_agent()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);

        await app.Send(new ChangeCaseStatus(number, CaseStatus.InProgress, await app.VersionOfAsync(number)));

        Assert.Equal(CaseStatus.InProgress, (await CaseAsync(app, number)).Status);
    }

    [Theory]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.AwaitingCustomer)]
    public async Task An_agent_moves_a_new_case_to_work_or_to_the_customer(CaseStatus target)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new ChangeCaseStatus(number, target, await app.VersionOfAsync(number)));

        var changed = await CaseAsync(app, number);
        Assert.Equal(target, changed.Status);
        Assert.Equal(app.Clock.GetUtcNow(), changed.UpdatedAt);
    }

    [Theory]
    [InlineData(NewOfA1, CaseStatus.New)] // already there
    [InlineData(NewOfA1, CaseStatus.Closed)] // only the customer closes
    [InlineData(InProgressOfA3, CaseStatus.New)] // never back to New
    [InlineData(InProgressOfA3, CaseStatus.InProgress)]
    public async Task Illegal_agent_transitions_are_refused(string subject, CaseStatus target)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, subject);
        var before = (await CaseAsync(app, number)).Status;
        await app.SignedInAs(Demo.Agent);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new ChangeCaseStatus(number, target, await app.VersionOfAsync(number))));

        Assert.Equal("Case.IllegalTransition", refused.Code);
        Assert.Equal(before, (await CaseAsync(app, number)).Status);
    }

    [Fact]
    public async Task Resolved_needs_a_resolution_so_it_is_not_a_plain_status_change()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, InProgressOfA3);
        await app.SignedInAs(Demo.Agent);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new ChangeCaseStatus(number, CaseStatus.Resolved, await app.VersionOfAsync(number))));

        Assert.Equal("Case.ResolutionRequired", refused.Code);
    }

    [Fact]
    public async Task An_agent_resolves_a_case_with_a_resolution()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, InProgressOfA3);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new ResolveCase(number, "センサーを再インストールしました。", await app.VersionOfAsync(number)));

        var resolved = await CaseAsync(app, number);
        Assert.Equal((CaseStatus.Resolved, "センサーを再インストールしました。", app.Clock.GetUtcNow()),
            (resolved.Status, resolved.Resolution, resolved.ResolvedAt));
    }

    [Fact]
    public async Task A_resolved_case_cannot_be_resolved_again()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, ResolvedOfA1);
        await app.SignedInAs(Demo.Agent);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new ResolveCase(number, "もう一度", await app.VersionOfAsync(number))));

        Assert.Equal("Case.IllegalTransition", refused.Code);
    }

    [Fact]
    public async Task A_public_comment_is_stored_sanitized_with_the_agents_name()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.Agent);

        var id = await app.Send(new AddAgentComment(number, "<p>再起動してください<script>alert(1)</script><img src=x onerror=alert(1)></p>", IsWorkNote: false, await app.VersionOfAsync(number)));

        var comment = Assert.Single((await CaseAsync(app, number)).Comments, c => c.Id == id);
        Assert.True(comment.IsFromAgent);
        Assert.False(comment.IsWorkNote);
        Assert.Contains("再起動してください", comment.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("script", comment.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", comment.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(comment.AuthorName));
    }

    [Fact]
    public async Task A_work_note_is_stored_as_a_work_note()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.Agent);

        var id = await app.Send(new AddAgentComment(number, "<p>社内メモ: 製品チームへ確認</p>", IsWorkNote: true, await app.VersionOfAsync(number)));

        var note = Assert.Single((await CaseAsync(app, number)).Comments, c => c.Id == id);
        Assert.True(note.IsWorkNote);
        Assert.True(note.IsFromAgent);
    }

    [Fact]
    public async Task A_comment_that_sanitizes_to_nothing_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.Agent);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AddAgentComment(number, "<script>alert(1)</script>", IsWorkNote: false, await app.VersionOfAsync(number))));

        Assert.Equal("Case.EmptyComment", refused.Code);
    }

    public static TheoryData<string> EveryAgentCommand => ["assign", "status", "comment", "note", "resolve"];

    [Theory]
    [MemberData(nameof(EveryAgentCommand))]
    public async Task A_closed_case_refuses_every_agent_command(string command)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, ClosedOfA2);
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);
        await app.SignedInAs(Demo.Agent);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(app, command, number, agentId));

        Assert.Equal("Case.Closed", refused.Code);
    }

    [Theory]
    [MemberData(nameof(EveryAgentCommand))]
    public async Task Customers_may_not_send_agent_commands_even_on_their_own_case(string command)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, NewOfA1);
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);

        foreach (var customer in new[] { Demo.CustomerA, Demo.AdminA })
        {
            await app.SignedInAs(customer);
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(app, command, number, agentId));
        }

        var untouched = await CaseAsync(app, number);
        Assert.Equal((CaseStatus.New, null, 0), (untouched.Status, untouched.AssignedAgentId, untouched.Comments.Count));
    }

    [Theory]
    [InlineData("CS9999999")]
    [InlineData("not-a-case")]
    public async Task An_unknown_case_is_not_found(string number)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new ChangeCaseStatus(number, CaseStatus.InProgress, await app.VersionOfAsync(number))));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new AddAgentComment(number, "<p>x</p>", IsWorkNote: false, await app.VersionOfAsync(number))));
    }

    private static async Task SendAsync(PortalApp app, string command, string number, Guid agentId)
    {
        var version = await app.VersionOfAsync(number);
        Task sent = command switch
        {
            "assign" => app.Send(new AssignCase(number, agentId, version)),
            "status" => app.Send(new ChangeCaseStatus(number, CaseStatus.InProgress, version)),
            "comment" => app.Send(new AddAgentComment(number, "<p>コメント</p>", IsWorkNote: false, version)),
            "note" => app.Send(new AddAgentComment(number, "<p>メモ</p>", IsWorkNote: true, version)),
            "resolve" => app.Send(new ResolveCase(number, "解決しました。", version)),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        await sent;
    }

    private static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());

    private static Task<Case> CaseAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().Cases.AsNoTracking().Include(c => c.Comments).SingleAsync(c => c.Number == number));
}
