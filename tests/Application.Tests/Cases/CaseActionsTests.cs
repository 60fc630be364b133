using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AcceptSolution;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.CloseCase;
using Portal.Application.Cases.Commands.RejectSolution;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Cases.Commands.WatchCase;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-3, AGT-1: what the case page offers (<see cref="CaseDetail.Actions"/>) is exactly what the commands
/// accept, for every status and both sides: each offered action succeeds and each withheld one is refused.
/// Both sides read the status rules from one place (Case's predicates), so changing a rule there changes both.
/// </summary>
[Trait("Req", "CASE-3")]
[Trait("Req", "AGT-1")]
public sealed class CaseActionsTests
{
    public static TheoryData<string, CaseStatus> Matrix()
    {
        var data = new TheoryData<string, CaseStatus>();
        foreach (var user in new[] { Demo.CustomerA, Demo.Agent })
        {
            foreach (var status in Enum.GetValues<CaseStatus>())
                data.Add(user, status);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task The_page_offers_exactly_what_the_commands_accept(string userId, CaseStatus status)
    {
        await using var app = await PortalApp.StartAsync();
        var agentId = await DemoCases.ContactIdAsync(app, Demo.Agent);
        await app.SignedInAs(userId);
        var actions = (await app.Send(new GetCase(await CaseInAsync(app, status, agentId)))).Actions;

        (string Action, bool Offered, Func<string, long, Task> Send)[] attempts =
        [
            ("comment", actions.Comment, (n, v) => userId == Demo.Agent
                ? app.Send(new AddAgentComment(n, "<p>確認します</p>", false, v))
                : app.Send(new AddCustomerComment(n, "<p>よろしくお願いします</p>", v))),
            ("work note", actions.WriteWorkNote, (n, v) => app.Send(new AddAgentComment(n, "<p>内部メモ</p>", true, v))),
            ("watch", actions.Watch, (n, _) => app.Send(new WatchCase(n))),
            ("close", actions.Close, (n, v) => app.Send(new CloseCase(n, v))),
            ("accept", actions.AnswerSolution, (n, v) => app.Send(new AcceptSolution(n, v))),
            ("reject", actions.AnswerSolution, (n, v) => app.Send(new RejectSolution(n, v))),
            ("assign", actions.Assign, (n, v) => app.Send(new AssignCase(n, agentId, v))),
            ("resolve", actions.Resolve, (n, v) => app.Send(new ResolveCase(n, "設定を変更しました。", v))),
            .. new[] { CaseStatus.New, CaseStatus.InProgress, CaseStatus.AwaitingCustomer, CaseStatus.Closed }.Select(target =>
                ($"status → {target}", actions.StatusTargets.Contains(target), (Func<string, long, Task>)((n, v) => app.Send(new ChangeCaseStatus(n, target, v))))),
        ];

        var mismatches = new List<string>();
        foreach (var (action, offered, send) in attempts)
        {
            var number = await CaseInAsync(app, status, agentId); // a fresh case each time: an accepted action changes it
            var version = await app.VersionOfAsync(number);
            var accepted = await AcceptsAsync(() => send(number, version));
            if (accepted != offered)
                mismatches.Add($"{action}: offered {offered}, accepted {accepted}");
        }

        Assert.Empty(mismatches);
    }

    private static async Task<bool> AcceptsAsync(Func<Task> send)
    {
        try
        {
            await send();
            return true;
        }
        catch (Exception ex) when (ex is DomainRuleException or ForbiddenAccessException or ValidationException)
        {
            return false;
        }
    }

    /// <summary>A fault case of N202400001 (faults never count as the open inquiry, CASE-2) moved to <paramref name="status"/>.</summary>
    private static Task<string> CaseInAsync(PortalApp app, CaseStatus status, Guid agentId) => app.InScopeAsync(async sp =>
    {
        var now = app.Clock.GetUtcNow();
        var created = await DemoCases.NewInquiryAsync(sp, Demo.CustomerA, Demo.A1, CaseCategory.Fault, "端末の動作確認", now);
        await sp.Db().SaveChangesAsync();
        var c = await sp.Db().Cases.SingleAsync(x => x.Id == created.Id);
        if (status is CaseStatus.InProgress or CaseStatus.AwaitingCustomer)
            c.StartWork(agentId, now);
        if (status == CaseStatus.AwaitingCustomer)
            c.RequestCustomerInput(agentId, now);
        if (status is CaseStatus.Resolved or CaseStatus.Closed)
            c.Resolve("解決しました。", agentId, now);
        if (status == CaseStatus.Closed)
            c.AcceptSolution(created.ContactId!.Value, now);
        await sp.Db().SaveChangesAsync();
        return c.Number;
    });
}
