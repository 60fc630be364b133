using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

[Trait("Req", "CASE-3")]
public class CustomerTransitionTests
{
    [Theory]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.AwaitingCustomer)]
    public void Customer_closes_a_case_that_is_not_resolved(CaseStatus from)
    {
        var c = ACase.In(from);

        c.CloseByCustomer(ACase.Contact, ACase.Now.AddHours(1));

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(ACase.Now.AddHours(1), c.ClosedAt);
        Assert.Equal(ACase.Now.AddHours(1), c.UpdatedAt);
        var closed = Assert.IsType<CaseClosed>(Assert.Single(c.DomainEvents));
        Assert.Equal(from, closed.From);
    }

    [Fact]
    public void Customer_cannot_close_a_resolved_case_but_accepts_or_rejects_it()
    {
        var ex = A.Refusal(() => ACase.In(CaseStatus.Resolved).CloseByCustomer(ACase.Contact, ACase.Now));

        Assert.Equal("Case.IllegalTransition", ex.Code);
    }

    [Fact]
    public void Accepting_the_solution_closes_the_case_and_keeps_when_it_was_resolved()
    {
        var c = ACase.In(CaseStatus.Resolved);

        c.AcceptSolution(ACase.Contact, ACase.Now.AddDays(1));

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(ACase.Now, c.ResolvedAt);
        Assert.IsType<CaseClosed>(Assert.Single(c.DomainEvents));
    }

    [Fact]
    public void Rejecting_the_solution_puts_the_case_back_in_progress()
    {
        var c = ACase.In(CaseStatus.Resolved);

        c.RejectSolution(ACase.Contact, ACase.Now.AddDays(1));

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Null(c.ResolvedAt);
        var changed = Assert.IsType<CaseStatusChanged>(Assert.Single(c.DomainEvents));
        Assert.Equal((CaseStatus.Resolved, CaseStatus.InProgress), (changed.From, changed.To));
    }

    [Theory]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.AwaitingCustomer)]
    public void Accepting_or_rejecting_needs_a_resolved_case(CaseStatus from)
    {
        var c = ACase.In(from);

        Assert.Equal("Case.IllegalTransition", A.Refusal(() => c.AcceptSolution(ACase.Contact, ACase.Now)).Code);
        Assert.Equal("Case.IllegalTransition", A.Refusal(() => c.RejectSolution(ACase.Contact, ACase.Now)).Code);
        Assert.Equal(from, c.Status);
        Assert.Empty(c.DomainEvents);
    }

    [Fact]
    public void Every_status_change_is_kept_for_the_activity_stream()
    {
        var c = ACase.Inquiry();

        c.StartWork(ACase.Agent, ACase.Now);
        c.Resolve("done", ACase.Agent, ACase.Now.AddHours(1));
        c.AcceptSolution(ACase.Contact, ACase.Now.AddHours(2));

        Assert.Equal(
            [(CaseStatus.New, CaseStatus.InProgress, ACase.Agent), (CaseStatus.InProgress, CaseStatus.Resolved, ACase.Agent),
                (CaseStatus.Resolved, CaseStatus.Closed, ACase.Contact)],
            c.StatusChanges.Select(s => (s.FromStatus, s.ToStatus, s.ById)));
    }
}
