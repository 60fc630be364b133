using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>
/// AGT-1: the agent's menu entries into the case list, each a filter of the list's URL syntax
/// (<see cref="CaseFilterSyntax"/>), so they open the ordinary list with its sorting and saved filters; the
/// list offers the same ones as its agent views.
/// </summary>
public static class AgentQueues
{
    /// <summary>The queue: cases waiting for the provider (New or In progress), of every customer.</summary>
    public static readonly CaseFilter Queue = Of(
        new FilterCondition(CaseField.Status, FilterOperator.OneOf, [nameof(CaseStatus.New), nameof(CaseStatus.InProgress)]));

    /// <summary>「自分の担当」: the cases assigned to the signed-in agent.</summary>
    public static readonly CaseFilter Mine = Of(new FilterCondition(CaseField.AssignedTo, FilterOperator.Equal, [CaseFields.Me]));

    /// <summary>「未割り当て」: the cases nobody is assigned to.</summary>
    public static readonly CaseFilter Unassigned = Of(new FilterCondition(CaseField.AssignedTo, FilterOperator.Empty, []));

    private static CaseFilter Of(params FilterCondition[] conditions) => new([conditions]);
}
