using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;

namespace Portal.Application.Tests.Mail;

/// <summary>
/// MAIL-1 agent comment, status change and resolved-please-accept, through the outbox (MAIL-2), to the
/// case's contact and its watchers (CASE-10) in their own language; work notes never leave (AGT-1).
/// </summary>
[Trait("Req", "MAIL-1")]
[Trait("Req", "AGT-1")]
[Trait("Req", "CASE-10")]
public sealed class CaseUpdateMailTests
{
    private const string NewOfA1 = DemoCases.NewFaultSubject;
    private const string CaseOfB = "Monthly report delivery address";
    private const string AlertOfA1 = "High severity detection: malicious app installed";
    private const string AdminAEmail = "admin.a@example.com";
    private const string WorkNote = "社内メモ: この顧客は要注意";

    [Fact]
    public async Task A_public_agent_comment_mails_the_contact_in_Japanese_with_the_text_and_the_link_once()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new AddAgentComment(number, "<p>端末を<strong>再起動</strong>してください。</p><ul><li>手順 1 &amp; 2</li></ul>", IsWorkNote: false, await app.VersionOfAsync(number)));

        var row = Assert.Single(await Outbox.RowsAsync(app));
        Assert.Equal(typeof(CaseCommented).FullName, row.Type);
        Assert.Equal(2, await app.ProcessOutboxAsync()); // the event and the mail its handler enqueued
        Assert.Equal(0, await app.ProcessOutboxAsync());
        var mail = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal(Demo.CustomerAEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal($"[{number}] 担当者からコメントがありました: {NewOfA1}", mail.Subject);
        Assert.Contains("端末を再起動してください。", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- 手順 1 & 2", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Cases/{number}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("山田 花子 様", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, smtp.ReceivedCount);
        Assert.All(await Outbox.RowsAsync(app), r => Assert.NotNull(r.ProcessedAt));
    }

    [Fact]
    public async Task An_English_contact_gets_the_comment_in_English()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, CaseOfB);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new AddAgentComment(number, "<p>Thank you, we updated the address.</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        var mail = Assert.Single(await DeliverAsync(app, smtp, 1));

        Assert.Equal(Demo.CustomerBEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal($"[{number}] New comment from our analyst: {CaseOfB}", mail.Subject);
        Assert.Contains("Thank you, we updated the address.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Cases/{number}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_work_note_mails_nobody_and_its_text_is_in_no_later_mail()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, NewOfA1);
        await WatchAsync(app, number, Demo.AdminA);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new AddAgentComment(number, $"<p>{WorkNote}</p>", IsWorkNote: true, await app.VersionOfAsync(number)));
        Assert.Equal(1, await app.ProcessOutboxAsync()); // the event, handled without a mail
        Assert.Equal(0, await app.ProcessOutboxAsync());
        Assert.DoesNotContain(await Outbox.RowsAsync(app), r => r.Type == Infrastructure.Jobs.OutboxProcessor.MailType);

        await app.Send(new AddAgentComment(number, "<p>確認しています。</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        await app.Send(new ChangeCaseStatus(number, CaseStatus.AwaitingCustomer, await app.VersionOfAsync(number)));
        await app.Send(new ResolveCase(number, "再インストールで解消しました。", await app.VersionOfAsync(number)));
        var mails = await DeliverAsync(app, smtp, 6); // three updates to the contact and the watcher

        Assert.Equal(6, mails.Count);
        Assert.All(mails, m => Assert.DoesNotContain(WorkNote, m.TextBody + m.Subject, StringComparison.Ordinal));
        Assert.All(await Outbox.RowsAsync(app), r => Assert.DoesNotContain(WorkNote, r.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_change_mails_the_localized_status()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var japanese = await NumberOfAsync(app, NewOfA1);
        var english = await NumberOfAsync(app, CaseOfB);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new ChangeCaseStatus(japanese, CaseStatus.InProgress, await app.VersionOfAsync(japanese)));
        await app.Send(new ChangeCaseStatus(english, CaseStatus.AwaitingCustomer, await app.VersionOfAsync(english)));
        var mails = await DeliverAsync(app, smtp, 2);

        var ja = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Demo.CustomerAEmail);
        Assert.Equal($"[{japanese}] ステータスが「NTT作業中」に変わりました: {NewOfA1}", ja.Subject);
        Assert.Contains("「新規」から「NTT作業中」", ja.TextBody, StringComparison.Ordinal);
        var en = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Demo.CustomerBEmail);
        Assert.Equal($"[{english}] Status changed to Awaiting customer: {CaseOfB}", en.Subject);
        Assert.Contains("from In progress to Awaiting customer", en.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolving_asks_the_contact_to_accept_with_the_resolution_and_the_link()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new ResolveCase(number, "アプリを再インストールしてください。", await app.VersionOfAsync(number)));
        var mail = Assert.Single(await DeliverAsync(app, smtp, 1));

        Assert.Equal(Demo.CustomerAEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal($"[{number}] ケースが解決されました。解決策のご確認をお願いします: {NewOfA1}", mail.Subject);
        Assert.Contains("アプリを再インストールしてください。", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("解決策を承認", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Cases/{number}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watcher_gets_public_updates_like_the_contact_each_once()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, NewOfA1);
        await WatchAsync(app, number, Demo.AdminA);
        await WatchAsync(app, number, Demo.CustomerA); // the contact watching its own case: still one mail
        await app.SignedInAs(Demo.Agent);

        await app.Send(new AddAgentComment(number, "<p>ログを送ってください。</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        var mails = await DeliverAsync(app, smtp, 2);

        Assert.Equal([AdminAEmail, Demo.CustomerAEmail], mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Contains("ログを送ってください。", m.TextBody, StringComparison.Ordinal));
        Assert.Contains(mails, m => m.TextBody?.Contains("佐藤", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task An_alert_has_no_contact_so_only_its_watchers_are_mailed()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await NumberOfAsync(app, AlertOfA1);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new ChangeCaseStatus(number, CaseStatus.InProgress, await app.VersionOfAsync(number)));
        Assert.Empty(await DeliverAsync(app, smtp, 0));

        await WatchAsync(app, number, Demo.AdminA);
        await app.Send(new AddAgentComment(number, "<p>端末を隔離しました。</p>", IsWorkNote: false, await app.VersionOfAsync(number)));
        var mail = Assert.Single(await DeliverAsync(app, smtp, 1));

        Assert.Equal(AdminAEmail, Assert.Single(mail.To.Mailboxes).Address);
    }

    /// <summary>Runs the outbox until nothing is due (events, then the mails they enqueued) and waits for <paramref name="count"/> mails.</summary>
    private static async Task<IReadOnlyList<MimeMessage>> DeliverAsync(PortalApp app, FakeSmtp smtp, int count)
    {
        for (var run = 0; run < 5 && await app.ProcessOutboxAsync() > 0; run++)
        {
        }

        Assert.Equal(0, await app.ProcessOutboxAsync());
        var mails = await smtp.WaitForAsync(count);
        Assert.Equal(count, mails.Count);
        return mails;
    }

    /// <summary>CASE-10 in a system scope, committed like a command; its own outbox row is processed away.</summary>
    private static async Task WatchAsync(PortalApp app, string number, string userId)
    {
        var contactId = await DemoCases.ContactIdAsync(app, userId);
        await app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(CancellationToken.None);
            var watched = await sp.Db().Cases.Include(c => c.Watchers).SingleAsync(c => c.Number == number);
            watched.Watch(contactId, app.Clock.GetUtcNow());
            await unitOfWork.CommitAsync(CancellationToken.None);
        });
        while (await app.ProcessOutboxAsync() > 0)
        {
        }
    }

    private static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());
}
