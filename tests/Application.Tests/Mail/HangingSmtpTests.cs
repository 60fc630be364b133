using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Mail;

/// <summary>An SMTP outage of the hanging kind (connection accepted, no answer) must delay mail, not the portal.</summary>
[Trait("Req", "MAIL-2")]
[Trait("Req", "NFR-4")]
public class HangingSmtpTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Users_can_still_sign_in_while_the_outbox_waits_on_a_hanging_SMTP_server(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        using var smtp = new SilentSmtp();
        await using var app = await PortalApp.StartAsync(provider, smtp.Port, sqliteBusyTimeout: TimeSpan.FromSeconds(2));
        await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, "SMTP が応答しない間のお問い合わせ");
        var delivering = app.ProcessOutboxAsync(); // the event, then the mail its handler enqueued
        await smtp.AcceptAsync(ct); // the worker is now inside the send, waiting for the greeting
        Exception? refused = null;
        try
        {
            Assert.Equal(SignInOutcome.SignedIn, await app.Anonymous().Send(new SignIn(Demo.CustomerA, Demo.Password, "192.0.2.40", "tests")));
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            refused = ex;
        }
        finally
        {
            smtp.Dispose(); // the outage ends: the send fails and the row waits for its retry
            await delivering;
        }

        Assert.True(refused is null,
            "A sign-in failed while the outbox worker was sending mail: OutboxProcessor.ProcessAsync opens its transaction "
            + "before IMailSender.SendAsync, and on SQLite that transaction holds the write lock for the whole SMTP conversation "
            + "(MailKit waits up to 2 min; writers give up after the busy timeout, 30 s in the portal, 2 s here). "
            + $"{refused?.GetType().Name}: {refused?.Message}");
        var mail = await Outbox.MailRowAsync(app);
        Assert.Equal((null, 1), (mail.ProcessedAt, mail.Attempts));
    }
}
