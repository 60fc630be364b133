using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.GetCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.AcceptWorkRequestIntoCase;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Application.WorkRequests.Queries.ListWorkRequests;
using Portal.Domain.Cases;
using Portal.Domain.WorkRequests;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>WR-1 and WR-2 from the customer's submission to the 作業依頼 case it follows, and the requester's mails (MAIL-1).</summary>
[Trait("Req", "WR-1")]
[Trait("Req", "WR-2")]
[Trait("Req", "MAIL-1")]
public sealed class AcceptWorkRequestTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_accepted_request_becomes_a_work_request_case_the_customer_follows_and_both_mails_are_in_Japanese(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);
        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A1));
        var submitted = Assert.Single(await Requests.MailsToAsync(app, Demo.CustomerAEmail));
        await app.SignedInAs(Demo.Agent);

        var caseNumber = await app.Send(new AcceptWorkRequestIntoCase(number, await Requests.VersionOfAsync(app, number)));

        var created = await app.InScopeAsync(sp => sp.Db().Cases.AsNoTracking().SingleAsync(c => c.Number == caseNumber));
        Assert.Equal((CaseCategory.WorkRequest, CaseStatus.New), (created.Category, created.Status));
        Assert.Equal(await Requests.AccountIdAsync(app, Demo.A1), created.CustomerAccountId);
        Assert.Equal(caseNumber, await Requests.CaseOfAsync(app, number));
        await app.SignedInAs(Demo.CustomerA);
        var request = await app.Send(new GetWorkRequestDetail(number));
        Assert.Equal((WorkRequestStatus.Accepted, caseNumber, null, false), (request.Status, request.CaseNumber, request.RejectionReason, request.CanReview));
        Assert.Equal(caseNumber, Assert.Single((await app.Send(new ListWorkRequests())).Items, r => r.Number == number).CaseNumber);
        var followed = await app.Send(new GetCase(caseNumber));
        Assert.Equal(CaseCategory.WorkRequest, followed.Category);
        Assert.Contains(number, followed.Subject, StringComparison.Ordinal);
        Assert.Contains(number, followed.Description, StringComparison.Ordinal);
        Assert.Contains("追加ライセンス数: 120", followed.Description, StringComparison.Ordinal);
        Assert.Contains("適用希望日: 2026-12-15", followed.Description, StringComparison.Ordinal);
        Assert.Contains("新拠点の端末", followed.Description, StringComparison.Ordinal);
        Assert.Equal([caseNumber], (await app.Send(new ListCases(Filter: $"number.eq.{caseNumber}"))).Items.Select(c => c.Number));

        Assert.Equal($"[{number}] 作業依頼を受け付けました: 02.端末ライセンス追加", submitted.Subject);
        Assert.Contains("追加ライセンス数: 120", submitted.TextBody, StringComparison.Ordinal);
        Assert.Contains("新拠点の端末", submitted.TextBody, StringComparison.Ordinal);
        Assert.Contains(Demo.A1, submitted.TextBody, StringComparison.Ordinal);
        var mails = await Requests.MailsToAsync(app, Demo.CustomerAEmail);
        Assert.Equal(2, mails.Count); // no separate "case created" mail: the acceptance names the case
        var accepted = Assert.Single(mails, m => m != submitted);
        Assert.Equal($"[{number}] 作業依頼を受理しました (ケース {caseNumber})", accepted.Subject);
        Assert.Contains($"/Cases/{caseNumber}", accepted.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_English_requester_gets_the_submitted_and_accepted_mails_in_English(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerB);
        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.B2, ("note", "New branch office")));
        var submitted = Assert.Single(await Requests.MailsToAsync(app, Demo.CustomerBEmail));
        await app.SignedInAs(Demo.Agent);

        var caseNumber = await app.Send(new AcceptWorkRequestIntoCase(number, await Requests.VersionOfAsync(app, number)));

        Assert.Equal($"[{number}] We received your work request: 02. Additional device licences", submitted.Subject);
        Assert.Contains("Licences to add: 120", submitted.TextBody, StringComparison.Ordinal);
        Assert.Contains("New branch office", submitted.TextBody, StringComparison.Ordinal);
        var mails = await Requests.MailsToAsync(app, Demo.CustomerBEmail);
        Assert.Equal(2, mails.Count);
        var accepted = Assert.Single(mails, m => m != submitted);
        Assert.Equal($"[{number}] Your work request was accepted (case {caseNumber})", accepted.Subject);
        Assert.Contains(caseNumber, accepted.TextBody, StringComparison.Ordinal);
        await app.SignedInAs(Demo.CustomerB);
        var opened = await app.Send(new GetCase(caseNumber));
        Assert.Equal((CaseCategory.WorkRequest, $"02. Additional device licences ({number})"), (opened.Category, opened.Subject));
        Assert.Contains("Licences to add: 120", opened.Description, StringComparison.Ordinal); // the requester's language
    }
}
