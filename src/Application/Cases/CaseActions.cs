using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;

namespace Portal.Application.Cases;

/// <summary>
/// What the current user may do with a case in its status: the case page shows exactly these, and the
/// commands accept exactly these, because both come from the roles in <see cref="CaseActors"/> and the
/// status rules of <see cref="Case"/> (CASE-3, AGT-1).
/// </summary>
public sealed record CaseActions
{
    public bool Comment { get; init; }

    /// <summary>AGT-1: internal notes, never shown to the customer.</summary>
    public bool WriteWorkNote { get; init; }

    public bool ReadWorkNotes { get; init; }

    /// <summary>CASE-8: the attachments' SHA-256, for staff checking a file; customers get none.</summary>
    public bool ReadFileHashes { get; init; }

    public bool Attach { get; init; }

    public bool Watch { get; init; }

    public bool Close { get; init; }

    public bool AnswerSolution { get; init; }

    public bool Assign { get; init; }

    /// <summary>The statuses an agent may set from here (Resolved through <see cref="Resolve"/>).</summary>
    public IReadOnlyList<CaseStatus> StatusTargets { get; init; } = [];

    public bool Resolve { get; init; }

    /// <summary>API-1: the customer's one-click answer on an open alert case not answered yet.</summary>
    public bool AnswerAlert { get; init; }

    /// <summary>The agent panel (assignment, status, resolution) is shown at all.</summary>
    public bool Work => Assign || StatusTargets.Count > 0 || Resolve;

    /// <param name="unansweredAlert">The case is an alert the customer has not answered.</param>
    public static CaseActions For(ICurrentUser user, CaseStatus status, bool unansweredAlert = false)
    {
        var customer = CaseActors.IsCustomer(user);
        var agent = CaseActors.IsAgent(user);
        var open = Case.IsOpen(status);
        var targets = agent ? Case.AgentTargets(status) : [];
        return new CaseActions
        {
            Comment = (customer || agent) && open,
            WriteWorkNote = agent && open,
            ReadWorkNotes = agent,
            ReadFileHashes = agent,
            Attach = (customer || agent) && open,
            Watch = (customer || agent) && open,
            Close = customer && Case.CustomerMayClose(status),
            AnswerSolution = customer && Case.AwaitsSolutionAnswer(status),
            Assign = agent && open,
            StatusTargets = [.. targets.Where(t => t != CaseStatus.Resolved)],
            Resolve = targets.Contains(CaseStatus.Resolved),
            AnswerAlert = customer && open && unansweredAlert,
        };
    }
}
