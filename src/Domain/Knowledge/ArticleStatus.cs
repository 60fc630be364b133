namespace Portal.Domain.Knowledge;

/// <summary>KB-4: Draft → Published → Retired.</summary>
public enum ArticleStatus
{
    Draft,
    Published,
    Retired,
}
