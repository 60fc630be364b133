using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;
using Portal.Domain.Common;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

[Trait("Req", "CASE-3")]
public class AgentTransitionTests
{
    /// <summary>Written out, not derived: agents move among New, In progress, Awaiting customer and Resolved.</summary>
    private static readonly HashSet<(CaseStatus From, CaseStatus To)> Legal =
    [
        (CaseStatus.New, CaseStatus.InProgress), (CaseStatus.New, CaseStatus.AwaitingCustomer),
        (CaseStatus.New, CaseStatus.Resolved),
        (CaseStatus.InProgress, CaseStatus.AwaitingCustomer), (CaseStatus.InProgress, CaseStatus.Resolved),
        (CaseStatus.AwaitingCustomer, CaseStatus.InProgress), (CaseStatus.AwaitingCustomer, CaseStatus.Resolved),
        (CaseStatus.Resolved, CaseStatus.InProgress), (CaseStatus.Resolved, CaseStatus.AwaitingCustomer),
    ];

    public static TheoryData<CaseStatus, CaseStatus> LegalPairs => [.. AllPairs().Where(Legal.Contains)];

    public static TheoryData<CaseStatus, CaseStatus> IllegalPairs =>
        [.. AllPairs().Where(p => !Legal.Contains(p) && p.From != CaseStatus.Closed)];

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void Agent_moves_a_case_between_working_statuses(CaseStatus from, CaseStatus to)
    {
        var c = ACase.In(from);

        AgentMoves(c, to, ACase.Now.AddHours(1));

        Assert.Equal(to, c.Status);
        Assert.Equal(ACase.Now.AddHours(1), c.UpdatedAt);
        Assert.Single(c.DomainEvents);
        Assert.Equal((from, to), (c.StatusChanges.Last().FromStatus, c.StatusChanges.Last().ToStatus));
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Agent_cannot_set_new_closed_or_the_current_status(CaseStatus from, CaseStatus to)
    {
        var c = ACase.In(from);

        var ex = A.Refusal(() => AgentMoves(c, to, ACase.Now.AddHours(1)));

        Assert.Equal("Case.IllegalTransition", ex.Code);
        Assert.Equal(to.ToString(), ex.Details["to"]);
        Assert.Equal(from, c.Status);
        Assert.Empty(c.DomainEvents);
    }

    [Theory]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.InProgress)]
    [InlineData(CaseStatus.AwaitingCustomer)]
    [InlineData(CaseStatus.Resolved)]
    public void Agent_cannot_change_a_closed_case(CaseStatus to)
    {
        var ex = A.Refusal(() => AgentMoves(ACase.In(CaseStatus.Closed), to, ACase.Now));

        Assert.Equal("Case.Closed", ex.Code);
    }

    [Fact]
    public void Resolving_needs_a_resolution()
    {
        var c = ACase.In(CaseStatus.InProgress);

        Assert.Equal("Case.ResolutionRequired",
            A.Refusal(() => c.ChangeStatusByAgent(CaseStatus.Resolved, ACase.Agent, ACase.Now)).Code);
        Assert.Equal("Value.Required", A.Refusal(() => c.Resolve("  ", ACase.Agent, ACase.Now)).Code);
        Assert.Equal(CaseStatus.InProgress, c.Status);
    }

    [Fact]
    public void Resolving_records_the_resolution_and_raises_case_resolved()
    {
        var c = ACase.In(CaseStatus.InProgress);

        c.Resolve("端末を再登録しました。", ACase.Agent, ACase.Now.AddHours(2));

        Assert.Equal("端末を再登録しました。", c.Resolution);
        Assert.Equal(ACase.Now.AddHours(2), c.ResolvedAt);
        var resolved = Assert.IsType<CaseResolved>(Assert.Single(c.DomainEvents));
        Assert.Equal("端末を再登録しました。", resolved.Resolution);
    }

    [Fact]
    public void Assigning_the_same_agent_again_is_refused()
    {
        var c = ACase.Inquiry();
        c.Assign(ACase.Agent, ACase.Agent, ACase.Now);

        Assert.Equal(ACase.Agent, c.AssignedAgentId);
        Assert.Equal("Case.AssignmentUnchanged", A.Refusal(() => c.Assign(ACase.Agent, ACase.Agent, ACase.Now)).Code);
        c.Assign(null, ACase.Agent, ACase.Now);
        Assert.Null(c.AssignedAgentId);
    }

    [Fact]
    public void Illegal_transitions_name_the_case()
    {
        var c = ACase.In(CaseStatus.New);

        DomainRuleException ex = A.Refusal(() => c.ChangeStatusByAgent(CaseStatus.New, ACase.Agent, ACase.Now));

        Assert.Equal(c.Number, ex.Details["case"]);
    }

    private static IEnumerable<(CaseStatus From, CaseStatus To)> AllPairs() =>
        from f in Enum.GetValues<CaseStatus>() from t in Enum.GetValues<CaseStatus>() select (f, t);

    private static void AgentMoves(Case c, CaseStatus to, DateTimeOffset now)
    {
        if (to == CaseStatus.Resolved)
        {
            c.Resolve("対応しました。", ACase.Agent, now);
        }
        else
        {
            c.ChangeStatusByAgent(to, ACase.Agent, now);
        }
    }
}
