using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.ListCases;

/// <summary>A row of the case list (CASE-4, guide 4.8): its nine columns.</summary>
public sealed record CaseListItem
{
    public required string Number { get; init; }

    public CaseStatus Status { get; init; }

    public CaseCategory Category { get; init; }

    public required string Subject { get; init; }

    public required string CustomerNumber { get; init; }

    /// <summary>ご契約者名: the company's name.</summary>
    public required string Contractor { get; init; }

    public required string ServiceNameJa { get; init; }

    public required string ServiceNameEn { get; init; }

    /// <summary>お客様担当者名; null for alerts, which have no contact.</summary>
    public string? Contact { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
