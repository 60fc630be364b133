namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>CASE-4 quick views (guide 4.8).</summary>
public enum CaseView
{
    All,

    /// <summary>アクションが必要: Resolved or Awaiting customer.</summary>
    ActionNeeded,

    /// <summary>アラート: category Alert.</summary>
    Alerts,
}

/// <summary>CASE-4: the list's columns, the only things it can be sorted by.</summary>
public enum CaseSortColumn
{
    Number,
    Status,
    Category,
    Subject,
    CustomerNumber,
    Contractor,
    Service,
    Contact,
    UpdatedAt,
}

public enum SortDirection
{
    Ascending,
    Descending,
}
