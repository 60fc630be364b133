using Portal.Domain.Cases;
using Portal.Domain.Tests.Builders;
using Portal.Domain.WorkRequests;
using Portal.Domain.WorkRequests.Events;

namespace Portal.Domain.Tests.WorkRequests;

[Trait("Req", "WR-2")]
public class WorkRequestTests
{
    private static readonly WorkRequestType ChangeCustomerInfo =
        WorkRequestType.Create("01", "お客様情報変更", "Customer information change", RequestForm.Empty, 1);

    private static readonly Guid Agent = Guid.CreateVersion7();

    [Fact]
    public void Accepting_links_the_work_request_case()
    {
        var request = Submitted();
        var created = Case.FromWorkRequest("CS0000900", ACase.Account, request, "01.お客様情報変更", "内容", A.Now);

        request.Accept(created.Id, Agent, A.Now.AddHours(1));

        Assert.Equal(WorkRequestStatus.Accepted, request.Status);
        Assert.Equal((created.Id, Agent, A.Now.AddHours(1)), (request.CaseId!.Value, request.DecidedById!.Value, request.DecidedAt!.Value));
        Assert.Equal((CaseCategory.WorkRequest, request.Id, request.SubmittedById),
            (created.Category, created.WorkRequestId!.Value, created.ContactId!.Value));
        Assert.Null(created.OpenInquiryAccountId);
        Assert.IsType<WorkRequestAccepted>(request.DomainEvents[^1]);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_makes_no_case()
    {
        var request = Submitted();

        Assert.Equal("Value.Required", A.Refusal(() => request.Reject(" ", Agent, A.Now)).Code);
        request.Reject("対象外のご依頼です。", Agent, A.Now);

        Assert.Equal(WorkRequestStatus.Rejected, request.Status);
        Assert.Equal("対象外のご依頼です。", request.RejectionReason);
        Assert.Null(request.CaseId);
        Assert.IsType<WorkRequestRejected>(request.DomainEvents[^1]);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void A_work_request_is_decided_once(bool acceptFirst, bool acceptSecond)
    {
        var request = Submitted();
        Decide(request, acceptFirst);

        var ex = A.Refusal(() => Decide(request, acceptSecond));

        Assert.Equal("WorkRequest.AlreadyDecided", ex.Code);
        Assert.Equal(acceptFirst ? WorkRequestStatus.Accepted : WorkRequestStatus.Rejected, request.Status);
    }

    [Fact]
    public void A_decided_request_makes_no_case_and_takes_no_attachment()
    {
        var request = Submitted();
        request.Reject("不可", Agent, A.Now);

        Assert.Equal("WorkRequest.AlreadyDecided",
            A.Refusal(() => Case.FromWorkRequest("CS0000901", ACase.Account, request, "s", "d", A.Now)).Code);
        Assert.Equal("WorkRequest.AlreadyDecided", A.Refusal(() => request.AddAttachment(A.File(), Agent, A.Now)).Code);
    }

    [Fact]
    [Trait("Req", "WR-1")]
    public void Submitting_needs_an_active_type()
    {
        var retired = WorkRequestType.Create("99", "旧", "Old", RequestForm.Empty, 99);
        retired.Deactivate();

        var ex = A.Refusal(() => WorkRequest.Submit("WR0000002", ACase.Account, retired, ACase.Contact, [], A.Now));

        Assert.Equal("WorkRequest.TypeInactive", ex.Code);
    }

    [Fact]
    [Trait("Req", "WR-1")]
    public void Submitting_raises_an_event_for_the_confirmation_mail()
    {
        var request = Submitted();

        var submitted = Assert.IsType<WorkRequestSubmitted>(Assert.Single(request.DomainEvents));
        Assert.Equal((request.Number, ChangeCustomerInfo.Id), (submitted.Number, submitted.TypeId));
        Assert.Equal(WorkRequestStatus.Submitted, request.Status);
    }

    private static WorkRequest Submitted() =>
        WorkRequest.Submit("WR0000001", ACase.Account, ChangeCustomerInfo, ACase.Contact,
            [new RequestAnswer("name", FormFieldKind.Text, new("社名", "Name"), new("新社名", null))], A.Now);

    private static void Decide(WorkRequest request, bool accept)
    {
        if (accept)
        {
            request.Accept(Guid.CreateVersion7(), Agent, A.Now);
        }
        else
        {
            request.Reject("不可", Agent, A.Now);
        }
    }
}
