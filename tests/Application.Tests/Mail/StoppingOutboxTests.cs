using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Mail;

/// <summary>
/// NFR-2, MAIL-2: a node that stops while it sends a mail gives the row back at once, so another node delivers it
/// without waiting out the claim, and the interrupted send counts as no failed attempt.
/// </summary>
[Trait("Req", "NFR-2")]
[Trait("Req", "MAIL-2")]
public class StoppingOutboxTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_stopping_node_releases_the_mail_it_was_sending(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        using var smtp = new SilentSmtp();
        await using var app = await PortalApp.StartAsync(provider, smtp.Port);
        await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, "停止するノードが送信中のメール");
        using var stopping = new CancellationTokenSource();
        var delivering = app.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessDueAsync(stopping.Token));
        await smtp.AcceptAsync(ct); // inside the send, waiting for the greeting

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivering);
        var mail = await Outbox.MailRowAsync(app);
        Assert.Equal((null, 0, null), (mail.ProcessedAt, mail.Attempts, mail.LockedUntil));
        Assert.Null(mail.LastError);
    }
}
