using Portal.Application.Cases.Commands.AddCaseAttachments;
using Portal.Application.Tests.Cases.Attachments;
using Portal.Application.Tests.Support;

namespace Portal.Application.Tests.Mail;

/// <summary>MAIL-1 / CASE-8: a file attached by an agent is a public update for the contact; the customer's own upload is not mailed back.</summary>
[Trait("Req", "MAIL-1")]
[Trait("Req", "CASE-8")]
public sealed class CaseAttachmentMailTests
{
    [Fact]
    public async Task An_agents_attachment_mails_the_contact_with_the_file_name()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await Files.NumberOfAsync(app, DemoCases.NewFaultSubject);
        await app.SignedInAs(Demo.Agent);
        var stored = await Files.StoreAsync(app, "手順書.pdf", [1, 2, 3]);

        await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored);
        while (await app.ProcessOutboxAsync() > 0)
        {
        }

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(Demo.CustomerAEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal($"[{number}] 担当者がファイルを添付しました: {DemoCases.NewFaultSubject}", mail.Subject);
        Assert.Contains("ファイル名: 手順書.pdf", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customers_own_attachment_mails_nobody()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        var number = await Files.NumberOfAsync(app, DemoCases.NewFaultSubject);
        await app.SignedInAs(Demo.CustomerA);
        var stored = await Files.StoreAsync(app, "log.txt", [1]);

        await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored);
        while (await app.ProcessOutboxAsync() > 0)
        {
        }

        Assert.Equal(0, smtp.ReceivedCount);
    }
}
