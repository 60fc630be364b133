using Portal.Domain.Cases.Events;
using Portal.Domain.Common;

namespace Portal.Domain.Cases;

/// <summary>CASE-3 transitions. Each method is one actor's action; anything else is refused.</summary>
public sealed partial class Case
{
    /// <summary>Guide 4.8.4: the customer closes a case from New, In progress or Awaiting customer (not Resolved: it accepts instead).</summary>
    public static bool CustomerMayClose(CaseStatus status) =>
        status is CaseStatus.New or CaseStatus.InProgress or CaseStatus.AwaitingCustomer;

    /// <summary>A resolved case waits for the customer to accept or reject the solution.</summary>
    public static bool AwaitsSolutionAnswer(CaseStatus status) => status == CaseStatus.Resolved;

    /// <summary>Closed is final: no comment, attachment, assignment or status change.</summary>
    public static bool IsOpen(CaseStatus status) => status != CaseStatus.Closed;

    /// <summary>Where an agent may move a case from <paramref name="status"/> (Resolved only with a resolution).</summary>
    public static IReadOnlyList<CaseStatus> AgentTargets(CaseStatus status) => IsOpen(status)
        ? [.. AgentStatuses.Where(target => target != status)]
        : [];

    private static readonly CaseStatus[] AgentStatuses = [CaseStatus.InProgress, CaseStatus.AwaitingCustomer, CaseStatus.Resolved];

    /// <summary>Customer "close case": from New, In progress or Awaiting customer.</summary>
    public void CloseByCustomer(Guid customerId, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (!CustomerMayClose(Status))
        {
            throw IllegalTransition(CaseStatus.Closed);
        }

        MoveTo(CaseStatus.Closed, customerId, now);
    }

    /// <summary>Customer "accept solution": Resolved → Closed.</summary>
    public void AcceptSolution(Guid customerId, DateTimeOffset now)
    {
        EnsureResolved(CaseStatus.Closed);
        MoveTo(CaseStatus.Closed, customerId, now);
    }

    /// <summary>Customer "reject solution": Resolved → In progress.</summary>
    public void RejectSolution(Guid customerId, DateTimeOffset now)
    {
        EnsureResolved(CaseStatus.InProgress);
        MoveTo(CaseStatus.InProgress, customerId, now);
    }

    public void StartWork(Guid agentId, DateTimeOffset now) => ChangeStatusByAgent(CaseStatus.InProgress, agentId, now);

    public void RequestCustomerInput(Guid agentId, DateTimeOffset now) =>
        ChangeStatusByAgent(CaseStatus.AwaitingCustomer, agentId, now);

    /// <summary>Agents move a case among New, In progress, Awaiting customer and Resolved, never to New or Closed.</summary>
    /// <remarks>Resolved needs a resolution: use <see cref="Resolve"/>.</remarks>
    public void ChangeStatusByAgent(CaseStatus target, Guid agentId, DateTimeOffset now)
    {
        EnsureAgentMay(target);
        if (target == CaseStatus.Resolved)
        {
            throw Rule.Broken("Case.ResolutionRequired", ("case", Number));
        }

        MoveTo(target, agentId, now);
    }

    public void Resolve(string resolution, Guid agentId, DateTimeOffset now)
    {
        EnsureAgentMay(CaseStatus.Resolved);
        Resolution = Text.Required(resolution, ResolutionMax, nameof(Resolution));
        MoveTo(CaseStatus.Resolved, agentId, now);
    }

    private void EnsureAgentMay(CaseStatus target)
    {
        EnsureNotClosed();
        if (!AgentTargets(Status).Contains(target))
        {
            throw IllegalTransition(target);
        }
    }

    private void EnsureResolved(CaseStatus target)
    {
        EnsureNotClosed();
        if (!AwaitsSolutionAnswer(Status))
        {
            throw IllegalTransition(target);
        }
    }

    private void EnsureNotClosed()
    {
        if (!IsOpen(Status))
        {
            throw Rule.Broken("Case.Closed", ("case", Number));
        }
    }

    private DomainRuleException IllegalTransition(CaseStatus target) => Rule.Broken("Case.IllegalTransition",
        ("case", Number), ("from", Status.ToString()), ("to", target.ToString()));

    /// <summary>
    /// Records the transition and raises exactly one event for it: CaseResolved, CaseClosed or CaseStatusChanged;
    /// none when <paramref name="announce"/> is false because the action that caused it raised its own.
    /// </summary>
    private void MoveTo(CaseStatus target, Guid byId, DateTimeOffset now, bool announce = true)
    {
        var from = Status;
        Status = target;
        _statusChanges.Add(new CaseStatusChange(Id, from, target, byId, now));
        ResolvedAt = target switch
        {
            CaseStatus.Resolved => now,
            CaseStatus.Closed => ResolvedAt,
            _ => null,
        };
        ClosedAt = target == CaseStatus.Closed ? now : null;
        OpenInquiryAccountId = OpenInquiryKey();
        UpdatedAt = now;
        if (!announce)
        {
            return;
        }

        Raise(target switch
        {
            CaseStatus.Resolved => new CaseResolved(Id, Number, from, Resolution!, byId, now),
            CaseStatus.Closed => new CaseClosed(Id, Number, from, byId, now),
            _ => new CaseStatusChanged(Id, Number, from, target, byId, now),
        });
    }
}
