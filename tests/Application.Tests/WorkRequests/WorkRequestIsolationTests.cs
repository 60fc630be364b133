using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Cases.Attachments;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;
using Portal.Application.WorkRequests.Queries.GetWorkRequestAttachment;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Application.WorkRequests.Queries.ListWorkRequests;
using Portal.Domain.WorkRequests;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>
/// TEN-1 / TEN-2 for work requests: user.a (N202400001 and N202400002) neither submits for nor sees a request of
/// company B or of its own company's unlinked N202400003; each way in behaves as if the request did not exist.
/// </summary>
[Trait("Req", "TEN-1")]
[Trait("Req", "TEN-2")]
[Trait("Req", "WR-1")]
public sealed class WorkRequestIsolationTests
{
    [Theory]
    [InlineData(Demo.B1)]
    [InlineData(Demo.A3)]
    public async Task A_customer_number_not_linked_to_the_user_is_a_field_error_like_none_chosen_and_nothing_is_stored(string account)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var submission = await Requests.SubmitAsync(app, Requests.Licences, account);
        var before = await Requests.CountAsync(app);

        var refused = await Requests.FieldErrorsAsync(() => app.Send(submission));

        Assert.Equal([(nameof(SubmitWorkRequestForm.CustomerAccountId), "お客様番号を一覧から選択してください。")], refused);
        Assert.Equal(refused, await Requests.FieldErrorsAsync(() => app.Send(submission with { CustomerAccountId = Guid.Empty })));
        Assert.Equal(before, await Requests.CountAsync(app));
        Assert.Empty(await Outbox.RowsAsync(app));
    }

    [Fact]
    public async Task Another_companys_or_an_unlinked_numbers_request_is_not_found_like_an_unknown_number()
    {
        await using var app = await PortalApp.StartAsync();
        var ofB = await Requests.SeededAsync(app, Demo.B1, WorkRequestStatus.Rejected);
        await app.SignedInAs(Demo.AdminA);
        var ofA3 = await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A3));
        await app.SignedInAs(Demo.CustomerA);

        foreach (var number in new[] { ofB, ofA3, "WR9999999", "WR" })
            await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetWorkRequestDetail(number)));

        await app.SignedInAs(Demo.CustomerB);
        Assert.Equal(WorkRequestStatus.Rejected, (await app.Send(new GetWorkRequestDetail(ofB))).Status);
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetWorkRequestDetail(ofA3)));
    }

    [Fact]
    public async Task The_list_counts_and_shows_only_the_users_own_requests()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerB);
        await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.B2));
        await app.Send(await Requests.SubmitAsync(app, Requests.Policy, Demo.B1));
        await app.SignedInAs(Demo.AdminA);
        await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A3));

        await app.SignedInAs(Demo.CustomerA);
        var mine = await app.Send(new ListWorkRequests());
        Assert.Equal(3, mine.Total); // the seeded ones of N202400001 and N202400002
        Assert.Equal(3, mine.Items.Count);
        Assert.All(mine.Items, r => Assert.Contains(r.AccountNumber, new[] { Demo.A1, Demo.A2 }));
        Assert.Equal(1, (await app.Send(new ListWorkRequests(Status: WorkRequestStatus.Rejected))).Total);
        Assert.Equal(0, (await app.Send(new ListWorkRequests(TypeId: (await Requests.TypeAsync(app, Requests.Policy)).Id))).Total);

        await app.SignedInAs(Demo.CustomerB);
        var ofB = await app.Send(new ListWorkRequests());
        Assert.Equal(3, ofB.Total);
        Assert.All(ofB.Items, r => Assert.Contains(r.AccountNumber, new[] { Demo.B1, Demo.B2 }));
        await app.SignedInAs(Demo.AdminA);
        Assert.Equal(4, (await app.Send(new ListWorkRequests())).Total);
        await app.SignedInAs(Demo.Agent);
        Assert.Equal(7, (await app.Send(new ListWorkRequests())).Total);
    }

    [Fact]
    [Trait("Req", "CASE-8")]
    public async Task Another_companys_file_is_not_found_by_its_request_nor_through_an_own_request()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerB);
        var stored = await Files.StoreAsync(app, "policy-sheet.xlsx", [1, 2, 3]);
        var submission = await Requests.SubmitAsync(app, Requests.Policy, Demo.B1);
        var ofB = await Files.SendAsync(app, submission with { Files = [new RequestFile("sheet", stored)] }, stored);
        var fileId = Assert.Single((await app.Send(new GetWorkRequestDetail(ofB))).Files).Id;
        var own = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetWorkRequestAttachment(ofB, fileId)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetWorkRequestAttachment(own, fileId)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetWorkRequestAttachment(ofB, Guid.NewGuid())));

        await app.SignedInAs(Demo.CustomerB);
        Assert.Equal("policy-sheet.xlsx", (await app.Send(new GetWorkRequestAttachment(ofB, fileId))).FileName);
    }
}
