using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;

namespace Portal.Application.Tests.Mail;

/// <summary>MAIL-1 "case created", delivered through the outbox (MAIL-2) to a real SMTP conversation.</summary>
[Trait("Req", "MAIL-2")]
[Trait("Req", "MAIL-1")]
public class CaseCreatedMailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Subject = "一部の端末でアラートが届かない";

    [Fact]
    public async Task A_new_inquiry_writes_its_event_to_the_outbox_in_the_same_commit()
    {
        await using var app = await PortalApp.StartAsync();

        var (number, wroteOutbox) = await app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(Ct);
            var inquiry = await DemoCases.NewInquiryAsync(sp, Demo.CustomerA, Demo.A1, CaseCategory.Fault, Subject, app.Clock.GetUtcNow());
            return (inquiry.Number, await unitOfWork.CommitAsync(Ct));
        });

        Assert.True(wroteOutbox);
        var row = Assert.Single(await Outbox.RowsAsync(app));
        Assert.Equal(typeof(CaseCreated).FullName, row.Type);
        Assert.Contains(number, row.Payload, StringComparison.Ordinal);
        Assert.Equal((null, 0, app.Clock.GetUtcNow()), (row.ProcessedAt, row.Attempts, row.NextAttemptAt));
    }

    [Fact]
    public async Task A_rolled_back_inquiry_leaves_neither_the_case_nor_its_outbox_row()
    {
        await using var app = await PortalApp.StartAsync();

        await app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(Ct);
            await DemoCases.NewInquiryAsync(sp, Demo.CustomerA, Demo.A1, CaseCategory.Fault, Subject, app.Clock.GetUtcNow());
            await sp.Db().SaveChangesAsync(Ct); // case and outbox row are written, not yet committed
            await unitOfWork.RollbackAsync(Ct);
        });

        Assert.Empty(await Outbox.RowsAsync(app));
        Assert.False(await app.InScopeAsync(sp => sp.Db().Cases.AnyAsync(c => c.Subject == Subject, Ct)));
    }

    [Fact]
    public async Task The_outbox_mails_the_contact_once_in_Japanese()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Subject);

        // MAIL-2: the run the commit woke handles the event and delivers the mail its handler enqueued.
        Assert.Equal(2, await app.ProcessOutboxAsync());
        var mail = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal(Demo.CustomerAEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal($"[{number}] お問い合わせを受け付けました: {Subject}", mail.Subject);
        Assert.Contains(number, mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.ProcessOutboxAsync());
        Assert.Equal(1, smtp.ReceivedCount);
        Assert.All(await Outbox.RowsAsync(app), r => Assert.NotNull(r.ProcessedAt));
    }

    [Fact]
    public async Task A_contact_whose_language_is_English_gets_the_English_mail()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B2, "Alerts missing on some devices");

        await app.ProcessOutboxAsync();
        var mail = Assert.Single(await smtp.WaitForAsync(1));

        Assert.Equal(Demo.CustomerBEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal($"[{number}] We received your inquiry: Alerts missing on some devices", mail.Subject);
    }

    [Fact]
    public async Task During_an_SMTP_outage_the_mail_waits_in_the_outbox_and_is_delivered_once_when_the_server_is_back()
    {
        using var smtp = new FakeSmtp(); // its port is reserved, nothing listens yet
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Subject);
        Assert.Equal(1, await app.ProcessOutboxAsync()); // the event; its mail: SMTP refuses the connection

        Assert.Equal(0, await app.ProcessOutboxAsync()); // not due again yet
        var waiting = await Outbox.MailRowAsync(app);
        Assert.Null(waiting.ProcessedAt);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        Assert.True(waiting.NextAttemptAt > app.Clock.GetUtcNow(), $"next attempt {waiting.NextAttemptAt:O} should be after now");

        smtp.Start();
        app.Clock.Advance(waiting.NextAttemptAt - app.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await app.ProcessOutboxAsync());
        Assert.Equal(0, await app.ProcessOutboxAsync());

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        var delivered = await Outbox.MailRowAsync(app);
        Assert.NotNull(delivered.ProcessedAt);
        Assert.Equal(1, delivered.Attempts);
    }

    [Fact]
    public async Task A_mail_whose_delivery_was_not_recorded_is_sent_again_with_the_same_Message_ID()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Subject);
        await app.ProcessOutboxAsync();
        var first = Assert.Single(await smtp.WaitForAsync(1));

        // The node died after the SMTP server's 250 and before the outbox saved the delivery: the row is as
        // it was when claimed, and its lease has run out.
        var row = await Outbox.MailRowAsync(app);
        await app.InScopeAsync(sp => sp.Db().OutboxMessages.Where(m => m.Id == row.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), Ct));
        Assert.Equal(1, await app.ProcessOutboxAsync());

        var mails = await smtp.WaitForAsync(2);
        Assert.Equal(2, mails.Count);
        Assert.Equal(first.MessageId, mails[1].MessageId);
        Assert.Equal($"{row.Id:N}@portal", first.MessageId);
        Assert.Equal(0, await app.ProcessOutboxAsync());
    }
}
