using Portal.Application.Account.Passwords;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-4 step ② 検証: only a matching user ID and e-mail gets a reset link; five mismatches block resets for 20 minutes.</summary>
[Trait("Req", "AUTH-4")]
public class PasswordResetRequestTests
{
    [Fact, Trait("Req", "MAIL-1")]
    public async Task A_matching_pair_gets_a_reset_link_by_mail_in_the_users_language()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);

        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail.ToUpperInvariant()); // e-mails compare case-insensitively
        await Resets.Request(app, Demo.CustomerB, Demo.CustomerBEmail);
        Assert.Equal(2, await app.ProcessOutboxAsync());

        var mails = await smtp.WaitForAsync(2);
        var japanese = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Demo.CustomerAEmail);
        var english = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == Demo.CustomerBEmail);
        Assert.Equal(("パスワードのリセット", "Resetting your password"), (japanese.Subject, english.Subject));
        Assert.Contains("60 分間", japanese.TextBody, StringComparison.Ordinal);
        Assert.Contains("60 minutes", english.TextBody, StringComparison.Ordinal);
        Resets.LinkIn(japanese.TextBody ?? string.Empty);
        Assert.All(await Outbox.RowsAsync(app), row => Assert.DoesNotContain("Account/Reset", row.Payload, StringComparison.Ordinal)); // delivered: the links are not kept
    }

    [Fact, Trait("Req", "AUTH-8")]
    public async Task A_mismatched_email_or_an_unknown_user_ID_mails_nothing_and_only_the_history_knows()
    {
        await using var app = await PortalApp.StartAsync();

        await Resets.Request(app, Demo.CustomerA, "someone.else@example.com");
        await Resets.Request(app, "nobody@example.com.fm", Demo.CustomerAEmail);

        Assert.Empty(await Resets.MailsAsync(app));
        Assert.Equal([(LoginEventKind.PasswordResetRequested, nameof(ResetDecision.EmailMismatch))], await Resets.HistoryAsync(app, Demo.CustomerA));
        Assert.Equal([(LoginEventKind.PasswordResetRequested, nameof(ResetDecision.UnknownUser))], await Resets.HistoryAsync(app, "nobody@example.com.fm"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Five_mismatches_in_a_row_block_resets_for_20_minutes(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        for (var attempt = 1; attempt <= 5; attempt++)
            await Resets.Request(app, Demo.CustomerA, $"wrong{attempt}@example.com");

        app.Clock.Advance(TimeSpan.FromMinutes(19));
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail); // the right pair, still blocked
        Assert.Empty(await Resets.MailsAsync(app));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        await Resets.SingleLinkAsync(app);
        var history = await Resets.HistoryAsync(app, Demo.CustomerA);
        Assert.Equal([.. Enumerable.Repeat(nameof(ResetDecision.EmailMismatch), 5), nameof(ResetDecision.Blocked), nameof(ResetDecision.LinkIssued)],
            history.Select(h => h.Detail));
    }

    [Fact]
    public async Task A_matching_pair_starts_the_count_of_mismatches_again()
    {
        await using var app = await PortalApp.StartAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
            await Resets.Request(app, Demo.CustomerA, $"wrong{attempt}@example.com");
        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);
        await Resets.Request(app, Demo.CustomerA, "wrong5@example.com");

        await Resets.Request(app, Demo.CustomerA, Demo.CustomerAEmail);

        Assert.Equal(2, (await Resets.MailsAsync(app)).Count);
    }

    [Fact]
    public async Task A_blocked_user_ID_does_not_block_another()
    {
        await using var app = await PortalApp.StartAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
            await Resets.Request(app, Demo.CustomerA, $"wrong{attempt}@example.com");

        await Resets.Request(app, Demo.CustomerB, Demo.CustomerBEmail);

        Assert.Equal(Demo.CustomerBEmail, Assert.Single(await Resets.MailsAsync(app)).To);
    }
}
