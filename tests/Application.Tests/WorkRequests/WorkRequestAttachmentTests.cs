using System.Security.Cryptography;
using Portal.Application.Tests.Cases.Attachments;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;
using Portal.Application.WorkRequests.Queries.GetWorkRequestAttachment;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>WR-1 with CASE-8's storage: a file sent for a file field is kept with the request and downloads as it was.</summary>
[Trait("Req", "WR-1")]
[Trait("Req", "CASE-8")]
public sealed class WorkRequestAttachmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_sent_for_a_file_field_is_listed_answered_and_downloads_byte_identical()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var bytes = Files.Random(64 * 1024);
        var stored = await Files.StoreAsync(app, "設定シート 2026-11.xlsx", bytes);
        var submission = await Requests.SubmitAsync(app, Requests.Policy, Demo.A1);

        var number = await Files.SendAsync(app, submission with { Files = [new RequestFile("sheet", stored)] }, stored);

        var request = await app.Send(new GetWorkRequestDetail(number));
        var file = Assert.Single(request.Files);
        Assert.Equal(("設定シート 2026-11.xlsx", 64L * 1024), (file.FileName, file.Length));
        Assert.Contains(("設定シート", "設定シート 2026-11.xlsx"), request.Answers.Select(a => (a.Label, a.Value)));
        foreach (var reader in new[] { Demo.CustomerA, Demo.AdminA, Demo.Agent })
        {
            await app.SignedInAs(reader);
            var download = await app.Send(new GetWorkRequestAttachment(number, file.Id));
            Assert.Equal("設定シート 2026-11.xlsx", download.FileName);
            Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)), download.Sha256);
            await using var content = await download.OpenAsync(Ct);
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, Ct);
            Assert.Equal(bytes, copy.ToArray());
        }
    }

    [Fact]
    public async Task A_refused_submission_leaves_no_file_in_storage()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var stored = await Files.StoreAsync(app, "devices.csv", [1, 2, 3]);
        var submission = await Requests.SubmitAsync(app, Requests.Move, Demo.A1, ("devices", ""));

        await Requests.FieldErrorsAsync(() => Files.SendAsync(app, submission with { Files = [new RequestFile("list", stored)] }, stored));

        Assert.Empty(Files.InStorage(app));
    }
}
