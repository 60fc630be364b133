using Portal.Domain.Common;

namespace Portal.Domain.SavedFilters;

/// <summary>A named list filter (CASE-6). Saving under an existing name overwrites it.</summary>
public sealed class SavedFilter : AggregateRoot
{
    public const string CasesTarget = "cases";
    public const int NameMax = 100;
    public const int TargetMax = 32;
    public const int QueryStringMax = 4000;

    private SavedFilter(Guid ownerId, Guid? companyId, string name, string target, string queryString,
        FilterVisibility visibility, DateTimeOffset createdAt)
    {
        OwnerId = ownerId;
        CompanyId = companyId;
        Name = name;
        Target = target;
        QueryString = queryString;
        Visibility = visibility;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid OwnerId { get; private set; }

    /// <summary>The owner's company; null for provider staff, whose filters are theirs only.</summary>
    public Guid? CompanyId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The list it applies to, e.g. <see cref="CasesTarget"/>.</summary>
    public string Target { get; private set; }

    /// <summary>The list URL's query (CASE-5): the filter lives in the URL.</summary>
    public string QueryString { get; private set; }

    public FilterVisibility Visibility { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static SavedFilter Create(Guid ownerId, Guid? companyId, string name, string target, string queryString,
        FilterVisibility visibility, DateTimeOffset now)
    {
        EnsureVisibility(companyId, visibility);
        return new(ownerId, companyId, Text.Required(name, NameMax, nameof(Name)),
            Text.Required(target, TargetMax, nameof(Target)), ValidQuery(queryString), visibility, now);
    }

    public void Overwrite(string queryString, FilterVisibility visibility, DateTimeOffset now)
    {
        EnsureVisibility(CompanyId, visibility);
        QueryString = ValidQuery(queryString);
        Visibility = visibility;
        UpdatedAt = now;
    }

    private static string ValidQuery(string queryString) =>
        Text.Optional(queryString, QueryStringMax, nameof(QueryString)) ?? "";

    private static void EnsureVisibility(Guid? companyId, FilterVisibility visibility)
    {
        if (visibility == FilterVisibility.Company && companyId is null)
        {
            throw Rule.Broken("SavedFilter.NoCompany");
        }
    }
}
