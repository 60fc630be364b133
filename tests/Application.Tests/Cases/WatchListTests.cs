using Microsoft.EntityFrameworkCore;
using MimeKit;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Cases.Commands.WatchCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-10: a user watches any case it may see (another tenant's is not found, TEN-1), filters by "watch list
/// contains me", and is mailed the case's public updates (MAIL-1) but never its work notes (AGT-1).
/// </summary>
[Trait("Req", "CASE-10")]
public sealed class WatchListTests
{
    private const string AdminAEmail = "admin.a@example.com";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Watching_and_unwatching_change_exactly_what_watch_contains_me_lists(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var fault = await NumberOfAsync(app, DemoCases.NewFaultSubject);
        var resolved = await NumberOfAsync(app, "端末の登録上限について");
        var alert = await NumberOfAsync(app, "High severity detection: malicious app installed");
        await app.SignedInAs(Demo.CustomerA);
        Assert.Empty(await WatchedAsync(app));

        await app.Send(new WatchCase(fault));
        await app.Send(new WatchCase(resolved));
        await app.Send(new WatchCase(alert));
        Assert.Equal(Sorted(fault, resolved, alert), await WatchedAsync(app));

        await app.Send(new WatchCase(resolved, Watch: false));
        Assert.Equal(Sorted(fault, alert), await WatchedAsync(app));

        // Someone else's watch list is not mine.
        await app.SignedInAs(Demo.AdminA);
        await app.Send(new WatchCase(resolved));
        Assert.Equal([resolved], await WatchedAsync(app));
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal(Sorted(fault, alert), await WatchedAsync(app));
    }

    [Fact]
    public async Task Watching_does_not_count_as_an_update_of_the_case()
    {
        await using var app = await PortalApp.StartAsync();
        var fault = await NumberOfAsync(app, DemoCases.NewFaultSubject);
        var before = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == fault).Select(c => c.UpdatedAt).SingleAsync());
        app.Clock.Advance(TimeSpan.FromHours(1));

        await (await app.SignedInAs(Demo.CustomerA)).Send(new WatchCase(fault));

        Assert.Equal(before, await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == fault).Select(c => c.UpdatedAt).SingleAsync()));
    }

    [Fact]
    public async Task Watching_twice_or_unwatching_an_unwatched_case_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        var fault = await NumberOfAsync(app, DemoCases.NewFaultSubject);
        await app.SignedInAs(Demo.CustomerA);
        await app.Send(new WatchCase(fault));

        await Assert.ThrowsAsync<DomainRuleException>(() => app.Send(new WatchCase(fault)));
        await app.Send(new WatchCase(fault, Watch: false));
        await Assert.ThrowsAsync<DomainRuleException>(() => app.Send(new WatchCase(fault, Watch: false)));
    }

    [Theory, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    [InlineData("Monthly report delivery address")]
    [InlineData("一部端末でセンサーが応答しない")]
    public async Task Watching_another_companys_or_an_unlinked_accounts_case_is_not_found_like_an_unknown_number(string subject)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, subject);
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new WatchCase(number)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new WatchCase(number, Watch: false)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new WatchCase("CS9999999")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new WatchCase("x' OR 1=1 --")));

        Assert.Empty(await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number).SelectMany(c => c.Watchers).ToListAsync()));
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task An_agent_may_watch_any_customers_case()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await NumberOfAsync(app, "Monthly report delivery address");
        await app.SignedInAs(Demo.Agent);

        await app.Send(new WatchCase(number));

        Assert.Equal([number], await WatchedAsync(app));
    }

    [Fact, Trait("Req", "MAIL-1"), Trait("Req", "AGT-1")]
    public async Task A_watcher_is_mailed_an_agents_public_comment_but_not_a_work_note_and_nothing_after_unwatching()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, DemoCases.NewFaultSubject);
        await (await app.SignedInAs(Demo.AdminA)).Send(new WatchCase(number));
        await DeliverAsync(app, smtp, 0);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new AddAgentComment(number, "<p>社内確認: 顧客には未連絡 secretnote</p>", IsWorkNote: true, await app.VersionOfAsync(number)));
        Assert.Empty(await DeliverAsync(app, smtp, 0));

        await app.Send(new AddAgentComment(number, "<p>ログを送ってください。</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        var mails = await DeliverAsync(app, smtp, 2);

        var watcher = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == AdminAEmail);
        Assert.Contains("ログを送ってください。", watcher.TextBody, StringComparison.Ordinal);
        Assert.Contains(number, watcher.Subject, StringComparison.Ordinal);
        Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Demo.CustomerAEmail);
        Assert.All(mails, m => Assert.DoesNotContain("secretnote", m.TextBody, StringComparison.Ordinal));

        await (await app.SignedInAs(Demo.AdminA)).Send(new WatchCase(number, Watch: false));
        await DeliverAsync(app, smtp, 2);
        await (await app.SignedInAs(Demo.Agent)).Send(new AddAgentComment(number, "<p>再起動をお試しください。</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        var later = await DeliverAsync(app, smtp, 3);
        Assert.Single(later, m => m.To.Mailboxes.Single().Address == AdminAEmail);
        Assert.Equal(2, later.Count(m => m.To.Mailboxes.Single().Address == Demo.CustomerAEmail));
    }

    private static List<string> Sorted(params string[] numbers) => [.. numbers.Order(StringComparer.Ordinal)];

    private static async Task<List<string>> WatchedAsync(PortalApp app)
    {
        var page = await app.Send(new ListCases(Filter: "watch.contains.me", Sort: "number.asc", Size: 100));
        Assert.Equal(page.Items.Count, page.Total);
        return [.. page.Items.Select(i => i.Number)];
    }

    /// <summary>Runs the outbox until nothing is due (events, then their mails) and waits for <paramref name="count"/> mails in all.</summary>
    private static async Task<IReadOnlyList<MimeMessage>> DeliverAsync(PortalApp app, FakeSmtp smtp, int count)
    {
        for (var run = 0; run < 5 && await app.ProcessOutboxAsync() > 0; run++)
        {
        }

        var mails = await smtp.WaitForAsync(count);
        Assert.Equal(count, mails.Count);
        return mails;
    }

    private static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());
}
