using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.AcceptWorkRequestIntoCase;
using Portal.Application.WorkRequests.Commands.RejectWorkRequestWithReason;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Domain.WorkRequests;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>WR-2, AGT-2: only the provider's staff decide, once, on the request as they saw it (NFR-4).</summary>
[Trait("Req", "WR-2")]
[Trait("Req", "AGT-2")]
public sealed class ReviewTests
{
    private static Task<int> CasesAsync(PortalApp app) => app.InScopeAsync(sp => sp.Db().Cases.CountAsync());

    [Theory]
    [InlineData(Demo.CustomerA)]
    [InlineData(Demo.AdminA)]
    public async Task A_customer_cannot_accept_or_reject_even_its_own_request(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        var version = await Requests.VersionOfAsync(app, number);
        var cases = await CasesAsync(app);
        await app.SignedInAs(userId);

        Assert.False((await app.Send(new GetWorkRequestDetail(number))).CanReview);
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new AcceptWorkRequestIntoCase(number, version)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new RejectWorkRequestWithReason(number, version, "自分で取り下げ")));

        Assert.Equal(WorkRequestStatus.Submitted, (await app.Send(new GetWorkRequestDetail(number))).Status);
        Assert.Equal((version, cases), (await Requests.VersionOfAsync(app, number), await CasesAsync(app)));
    }

    [Theory]
    [InlineData(Demo.Agent)]
    [InlineData(DemoAccounts.ProviderAdmin)]
    public async Task Staff_see_a_submitted_request_as_reviewable_and_accept_it(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        await app.SignedInAs(userId);
        var shown = await app.Send(new GetWorkRequestDetail(number));
        Assert.True(shown.CanReview);

        var caseNumber = await app.Send(new AcceptWorkRequestIntoCase(number, shown.Version));

        var decided = await app.Send(new GetWorkRequestDetail(number));
        Assert.Equal((WorkRequestStatus.Accepted, caseNumber, false), (decided.Status, decided.CaseNumber, decided.CanReview));
    }

    [Fact]
    [Trait("Req", "NFR-4")]
    public async Task A_decision_from_a_page_shown_before_another_decision_is_refused_as_changed_meanwhile()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        await app.SignedInAs(Demo.Agent);
        var shown = (await app.Send(new GetWorkRequestDetail(number))).Version;
        await app.Send(new RejectWorkRequestWithReason(number, shown, "重複した依頼のため"));
        var cases = await CasesAsync(app);

        Assert.Equal("WorkRequest.ChangedMeanwhile", await Requests.RefusalAsync(() => app.Send(new AcceptWorkRequestIntoCase(number, shown))));
        Assert.Equal("WorkRequest.ChangedMeanwhile", await Requests.RefusalAsync(() => app.Send(new RejectWorkRequestWithReason(number, shown, "別の理由"))));

        var request = await app.Send(new GetWorkRequestDetail(number));
        Assert.Equal((WorkRequestStatus.Rejected, "重複した依頼のため", null), (request.Status, request.RejectionReason, request.CaseNumber));
        Assert.Equal(cases, await CasesAsync(app));
    }

    [Fact]
    public async Task A_decided_request_is_not_decided_again_even_from_a_fresh_page()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        await app.SignedInAs(Demo.Agent);
        var caseNumber = await app.Send(new AcceptWorkRequestIntoCase(number, await Requests.VersionOfAsync(app, number)));
        var cases = await CasesAsync(app);
        var fresh = (await app.Send(new GetWorkRequestDetail(number))).Version;

        Assert.Equal("WorkRequest.AlreadyDecided", await Requests.RefusalAsync(() => app.Send(new AcceptWorkRequestIntoCase(number, fresh))));
        Assert.Equal("WorkRequest.AlreadyDecided", await Requests.RefusalAsync(() => app.Send(new RejectWorkRequestWithReason(number, fresh, "やはり不受理"))));

        var request = await app.Send(new GetWorkRequestDetail(number));
        Assert.Equal((WorkRequestStatus.Accepted, caseNumber, null), (request.Status, request.CaseNumber, request.RejectionReason));
        Assert.Equal(cases, await CasesAsync(app));
    }

    [Theory]
    [InlineData("WR9999999")]
    [InlineData("CS0000001")]
    [InlineData("wr0000001")]
    public async Task Deciding_an_unknown_number_is_not_found(string number)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new AcceptWorkRequestIntoCase(number, 0)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new RejectWorkRequestWithReason(number, 0, "理由")));
    }
}
