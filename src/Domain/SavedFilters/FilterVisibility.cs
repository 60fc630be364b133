namespace Portal.Domain.SavedFilters;

/// <summary>CASE-6: who sees a saved filter.</summary>
public enum FilterVisibility
{
    Me,
    Company,
}
