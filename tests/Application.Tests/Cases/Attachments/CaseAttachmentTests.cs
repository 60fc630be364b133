using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Cases.Commands.AddCaseAttachments;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Cases.Queries.GetCaseAttachment;
using Portal.Application.Cases.Queries.GetInquiryForm;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Files;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases.Attachments;

/// <summary>CASE-8: files streamed to the storage folder, attached to a case the user may see, downloaded byte for byte.</summary>
[Trait("Req", "CASE-8")]
public sealed class CaseAttachmentTests
{
    private const string NewOfA1 = DemoCases.NewFaultSubject;
    private const string ClosedOfA = "管理コンソールのログイン URL について";
    private const string FaultOfA3 = "一部端末でセンサーが応答しない";
    private const string CaseOfB = "Monthly report delivery address";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_1_MB_file_round_trips_byte_identical_with_its_SHA_256(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await Files.NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.CustomerA);
        var bytes = Files.Random(1024 * 1024);

        var stored = await Files.StoreAsync(app, "端末ログ 2026-11.zip", bytes);
        var id = Assert.Single(await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored));

        var listed = Assert.Single((await app.Send(new GetCase(number))).Attachments);
        Assert.Equal((id, "端末ログ 2026-11.zip", 1024L * 1024, "山田 花子", false), (listed.Id, listed.FileName, listed.Length, listed.UploadedBy, listed.ByAgent));
        Assert.Null(listed.Sha256); // staff only, below
        var download = await app.Send(new GetCaseAttachment(number, id));
        await using var content = await download.OpenAsync(TestContext.Current.CancellationToken);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)), download.Sha256);
        await app.SignedInAs(Demo.Agent);
        Assert.Equal(download.Sha256, Assert.Single((await app.Send(new GetCase(number))).Attachments).Sha256);
    }

    [Fact]
    public async Task The_attachment_list_gives_the_SHA_256_to_staff_only()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Files.NumberOfAsync(app, NewOfA1);
        await app.SignedInAs(Demo.CustomerA);
        var stored = await Files.StoreAsync(app, "log.txt", [1, 2, 3]);
        await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored);

        var customer = await app.Send(new GetCase(number));
        var admin = await (await app.SignedInAs(Demo.AdminA)).Send(new GetCase(number));
        var agent = await (await app.SignedInAs(Demo.Agent)).Send(new GetCase(number));

        Assert.Equal((false, false, true), (customer.Actions.ReadFileHashes, admin.Actions.ReadFileHashes, agent.Actions.ReadFileHashes));
        Assert.Null(Assert.Single(customer.Attachments).Sha256);
        Assert.Null(Assert.Single(admin.Attachments).Sha256);
        Assert.Equal(Convert.ToHexString(SHA256.HashData([1, 2, 3])), Assert.Single(agent.Attachments).Sha256);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("invoice.pdf.exe")]
    [InlineData("SCRIPT.PS1")]
    [InlineData("report.pdf.js. ")]
    [InlineData("C:\\Users\\yamada\\payload.Bat")]
    public async Task A_blocked_extension_is_refused_before_anything_is_stored(string fileName)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Files.StoreAsync(app, fileName, [1, 2, 3]));

        Assert.Equal("File.BlockedExtension", refused.Code);
        Assert.Equal(UploadFileName.Clean(fileName), refused.Details["file"]);
        Assert.Empty(Files.InStorage(app));
    }

    [Fact]
    public async Task A_stream_beyond_the_limit_is_refused_with_the_limit_and_nothing_stays_stored()
    {
        await using var app = await PortalApp.StartAsync(configure: s => s.Configure<AttachmentOptions>(o => o.MaxBytes = 1024 * 1024));
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Files.StoreAsync(app, "capture.pcap", Files.Random(3 * 1024 * 1024)));

        Assert.Equal(("File.TooLarge", "capture.pcap", 1024L * 1024), (refused.Code, refused.Details["file"], refused.Details["limit"]));
        Assert.Empty(Files.InStorage(app));
        var exact = await Files.StoreAsync(app, "exact.bin", Files.Random(1024 * 1024));
        Assert.Equal(1024L * 1024, exact.Length);
    }

    [Fact, Trait("Req", "CASE-3")]
    public async Task A_closed_case_refuses_the_file_and_keeps_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Files.NumberOfAsync(app, ClosedOfA);
        await app.SignedInAs(Demo.CustomerA);
        var stored = await Files.StoreAsync(app, "追加資料.pdf", Files.Random(1000));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored));

        Assert.Equal("Case.Closed", refused.Code);
        Assert.Empty(Files.InStorage(app));
        Assert.Empty((await app.Send(new GetCase(number))).Attachments);
    }

    [Fact, Trait("Req", "TEN-1"), Trait("Req", "TEN-2")]
    public async Task Another_company_can_neither_add_to_list_nor_download_an_attachment()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Files.NumberOfAsync(app, NewOfA1);
        var numberOfB = await Files.NumberOfAsync(app, CaseOfB);
        var id = await AttachAsAsync(app, Demo.CustomerA, number);
        await app.SignedInAs(Demo.CustomerB);
        var stored = await Files.StoreAsync(app, "b.txt", [42]);

        await Assert.ThrowsAsync<NotFoundException>(async () => await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCase(number)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCaseAttachment(number, id)));
        // Not through its own case either, and exactly like an unknown case or attachment.
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCaseAttachment(numberOfB, id)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCaseAttachment("CS9999999", id)));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCaseAttachment(number, Guid.CreateVersion7())));
        Assert.Single(Files.InStorage(app)); // A's file only: B's refused one is gone
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_contact_cannot_reach_a_case_of_an_unlinked_customer_number_of_its_own_company()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Files.NumberOfAsync(app, FaultOfA3);
        var id = await AttachAsAsync(app, Demo.AdminA, number);
        await app.SignedInAs(Demo.CustomerA);
        var stored = await Files.StoreAsync(app, "a.txt", [42]);

        await Assert.ThrowsAsync<NotFoundException>(async () => await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new GetCaseAttachment(number, id)));
    }

    [Fact, Trait("Req", "AGT-1")]
    public async Task An_agent_attaches_to_any_customers_case_and_the_customer_sees_who()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Files.NumberOfAsync(app, CaseOfB);

        await AttachAsAsync(app, Demo.Agent, number);

        var listed = Assert.Single((await (await app.SignedInAs(Demo.CustomerB)).Send(new GetCase(number))).Attachments);
        Assert.True(listed.ByAgent);
        Assert.False(string.IsNullOrEmpty(listed.UploadedBy));
    }

    [Fact, Trait("Req", "CASE-1")]
    public async Task An_inquiry_is_created_with_its_attachments()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var accountId = await app.InScopeAsync(sp => Task.FromResult(sp.Db().CustomerAccounts.Single(a => a.Number == Demo.A3).Id));
        var log = await Files.StoreAsync(app, "log.txt", Files.Random(10));
        var shot = await Files.StoreAsync(app, "画面.png", Files.Random(20));

        var number = await Files.SendAsync(app, new CreateInquiry(accountId, CaseCategory.Service, "添付つき", "ログを添付します。", [log, shot]), log, shot);

        var files = (await app.Send(new GetCase(number))).Attachments;
        Assert.Equal(["log.txt", "画面.png"], files.Select(f => f.FileName).Order(StringComparer.Ordinal));
    }

    [Fact, Trait("Req", "CASE-1")]
    public async Task A_refused_inquiry_deletes_its_stored_files()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var accountId = await app.InScopeAsync(sp => Task.FromResult(sp.Db().CustomerAccounts.Single(a => a.Number == Demo.A3).Id));
        var log = await Files.StoreAsync(app, "log.txt", Files.Random(10));

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            Files.SendAsync(app, new CreateInquiry(accountId, CaseCategory.Service, string.Empty, "件名がありません。", [log]), log));

        Assert.Empty(Files.InStorage(app));
    }

    private static async Task<Guid> AttachAsAsync(PortalApp app, string userId, string number)
    {
        await app.SignedInAs(userId);
        var stored = await Files.StoreAsync(app, "evidence.log", Files.Random(100));
        return Assert.Single(await Files.SendAsync(app, new AddCaseAttachments(number, [stored], await app.VersionOfAsync(number)), stored));
    }
}
