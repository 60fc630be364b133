using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

/// <summary>Guide 4.8.3: a New case becomes NTT作業中 once the provider takes it up, by a public reply or an assignment.</summary>
[Trait("Req", "CASE-3")]
[Trait("Req", "AGT-1")]
public class AgentTakesUpCaseTests
{
    private static readonly DateTimeOffset Later = ACase.Now.AddHours(1);

    [Fact]
    public void An_agents_first_public_reply_puts_a_new_case_in_progress()
    {
        var c = ACase.In(CaseStatus.New);

        var comment = c.AddComment(ACase.Agent, "SAC", isFromAgent: true, isWorkNote: false, "<p>確認します。</p>", Later);

        Assert.Equal((CaseStatus.InProgress, Later), (c.Status, c.UpdatedAt));
        var change = Assert.Single(c.StatusChanges);
        Assert.Equal((CaseStatus.New, CaseStatus.InProgress, ACase.Agent), (change.FromStatus, change.ToStatus, change.ById));
        // One event, so one mail: the reply itself tells the customer the case was taken up.
        Assert.Equal(comment.Id, Assert.IsType<CaseCommented>(Assert.Single(c.DomainEvents)).CommentId);
    }

    [Fact]
    public void A_work_note_leaves_a_new_case_new()
    {
        var c = ACase.In(CaseStatus.New);

        c.AddComment(ACase.Agent, "SAC", isFromAgent: true, isWorkNote: true, "<p>社内メモ</p>", Later);

        Assert.Equal(CaseStatus.New, c.Status);
        Assert.IsType<CaseCommented>(Assert.Single(c.DomainEvents));
    }

    [Theory]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.AwaitingCustomer)]
    [InlineData(CaseStatus.Resolved)]
    public void A_later_public_reply_keeps_the_status(CaseStatus status)
    {
        var c = ACase.In(status);

        c.AddComment(ACase.Agent, "SAC", isFromAgent: true, isWorkNote: false, "<p>補足です。</p>", Later);

        Assert.Equal(status, c.Status);
        Assert.IsType<CaseCommented>(Assert.Single(c.DomainEvents));
    }

    [Fact]
    public void Assigning_a_new_case_puts_it_in_progress()
    {
        var c = ACase.In(CaseStatus.New);

        c.Assign(ACase.Agent, ACase.Agent, Later);

        Assert.Equal((CaseStatus.InProgress, ACase.Agent, Later), (c.Status, c.AssignedAgentId, c.UpdatedAt));
        Assert.Collection(c.DomainEvents,
            e => Assert.IsType<CaseAssigned>(e),
            e => Assert.Equal(CaseStatus.InProgress, Assert.IsType<CaseStatusChanged>(e).To));
    }

    [Theory]
    [InlineData(CaseStatus.AwaitingCustomer)]
    [InlineData(CaseStatus.Resolved)]
    public void Assigning_a_case_already_taken_up_keeps_its_status(CaseStatus status)
    {
        var c = ACase.In(status);

        c.Assign(ACase.Agent, ACase.Agent, Later);

        Assert.Equal(status, c.Status);
        Assert.IsType<CaseAssigned>(Assert.Single(c.DomainEvents));
    }

    [Fact]
    public void A_customer_reply_on_a_new_case_keeps_it_new()
    {
        var c = ACase.In(CaseStatus.New);

        c.AddComment(ACase.Contact, "山田 太郎", isFromAgent: false, isWorkNote: false, "<p>補足です。</p>", Later);

        Assert.Equal(CaseStatus.New, c.Status);
    }
}
