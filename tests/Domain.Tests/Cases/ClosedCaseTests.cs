using Portal.Domain.Cases;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

[Trait("Req", "CASE-3")]
public class ClosedCaseTests
{
    public static TheoryData<string> MutatingMethods =>
    [
        "CloseByCustomer", "AcceptSolution", "RejectSolution", "StartWork", "RequestCustomerInput", "Resolve",
        "ChangeStatusByAgent", "CustomerComment", "AgentComment", "WorkNote", "AddAttachment", "Assign", "Watch",
        "Unwatch",
    ];

    [Theory]
    [MemberData(nameof(MutatingMethods))]
    public void Closed_case_stays_closed(string method)
    {
        var c = ACase.Inquiry();
        c.Watch(ACase.Contact, ACase.Now);
        c.CloseByCustomer(ACase.Contact, ACase.Now);
        c.ClearDomainEvents();
        var before = (c.UpdatedAt, c.Comments.Count, c.Attachments.Count, c.Watchers.Count, c.AssignedAgentId);

        var ex = A.Refusal(() => Call(c, method));

        Assert.Equal("Case.Closed", ex.Code);
        Assert.Equal(c.Number, ex.Details["case"]);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(before, (c.UpdatedAt, c.Comments.Count, c.Attachments.Count, c.Watchers.Count, c.AssignedAgentId));
        Assert.Empty(c.DomainEvents);
    }

    private static void Call(Case c, string method)
    {
        var later = ACase.Now.AddDays(1);
        Action action = method switch
        {
            "CloseByCustomer" => () => c.CloseByCustomer(ACase.Contact, later),
            "AcceptSolution" => () => c.AcceptSolution(ACase.Contact, later),
            "RejectSolution" => () => c.RejectSolution(ACase.Contact, later),
            "StartWork" => () => c.StartWork(ACase.Agent, later),
            "RequestCustomerInput" => () => c.RequestCustomerInput(ACase.Agent, later),
            "Resolve" => () => c.Resolve("r", ACase.Agent, later),
            "ChangeStatusByAgent" => () => c.ChangeStatusByAgent(CaseStatus.InProgress, ACase.Agent, later),
            "CustomerComment" => () => c.AddComment(ACase.Contact, "顧客", false, false, "<p>再開</p>", later),
            "AgentComment" => () => c.AddComment(ACase.Agent, "SAC", true, false, "<p>x</p>", later),
            "WorkNote" => () => c.AddComment(ACase.Agent, "SAC", true, true, "<p>x</p>", later),
            "AddAttachment" => () => c.AddAttachment(A.File(), ACase.Contact, later),
            "Assign" => () => c.Assign(ACase.Agent, ACase.Agent, later),
            "Watch" => () => c.Watch(Guid.CreateVersion7(), later),
            "Unwatch" => () => c.Unwatch(ACase.Contact, later),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
        action();
    }
}
