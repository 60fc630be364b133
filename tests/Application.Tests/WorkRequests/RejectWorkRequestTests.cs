using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.RejectWorkRequestWithReason;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Domain.WorkRequests;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>WR-2: a rejected request opens no case; the customer reads the reason on the request and in the mail (MAIL-1).</summary>
[Trait("Req", "WR-2")]
[Trait("Req", "MAIL-1")]
public sealed class RejectWorkRequestTests
{
    private const string Reason = "ご契約 ID 数の上限を超えるため、営業担当よりご連絡いたします。";

    private static Task<int> CasesAsync(PortalApp app) => app.InScopeAsync(sp => sp.Db().Cases.CountAsync());

    [Fact]
    public async Task A_rejected_request_opens_no_case_and_shows_its_reason_on_the_request_and_in_the_mail()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A2));
        var submitted = Assert.Single(await Requests.MailsToAsync(app, Demo.CustomerAEmail));
        var cases = await CasesAsync(app);
        await app.SignedInAs(Demo.Agent);

        await app.Send(new RejectWorkRequestWithReason(number, await Requests.VersionOfAsync(app, number), Reason));

        Assert.Equal(cases, await CasesAsync(app));
        Assert.Null(await Requests.CaseOfAsync(app, number));
        await app.SignedInAs(Demo.CustomerA);
        var request = await app.Send(new GetWorkRequestDetail(number));
        Assert.Equal((WorkRequestStatus.Rejected, null, Reason, false), (request.Status, request.CaseNumber, request.RejectionReason, request.CanReview));
        Assert.Equal(PortalApp.Start, request.DecidedAt);
        Assert.False(string.IsNullOrEmpty(request.DecidedBy));
        var mails = await Requests.MailsToAsync(app, Demo.CustomerAEmail);
        Assert.Equal(2, mails.Count);
        var rejected = Assert.Single(mails, m => m != submitted);
        Assert.Equal($"[{number}] 作業依頼を受理できませんでした", rejected.Subject);
        Assert.Contains(Reason, rejected.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/WorkRequests/{number}", rejected.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_requester_reads_the_rejection_in_English()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerB);
        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Policy, Demo.B1));
        await app.SignedInAs(Demo.Agent);

        await app.Send(new RejectWorkRequestWithReason(number, await Requests.VersionOfAsync(app, number), "Please send the settings sheet first."));

        var rejected = Assert.Single(await Requests.MailsToAsync(app, Demo.CustomerBEmail), m => m.Subject.Contains("not accepted", StringComparison.Ordinal));
        Assert.Equal($"[{number}] Your work request was not accepted", rejected.Subject);
        Assert.Contains("Please send the settings sheet first.", rejected.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("2001 characters")]
    public async Task A_rejection_without_a_usable_reason_is_a_field_error_and_the_request_stays_submitted(string reason)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        await app.SignedInAs(Demo.Agent);
        var typed = reason == "2001 characters" ? new string('理', WorkRequest.RejectionReasonMax + 1) : reason;

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await app.Send(new RejectWorkRequestWithReason(number, await Requests.VersionOfAsync(app, number), typed)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(nameof(RejectWorkRequestWithReason.Reason), error.PropertyName);
        Assert.Contains("不受理の理由", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(WorkRequestStatus.Submitted, (await app.Send(new GetWorkRequestDetail(number))).Status);
        Assert.Empty(await Requests.MailsToAsync(app, Demo.CustomerAEmail));
    }
}
