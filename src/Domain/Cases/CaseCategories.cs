namespace Portal.Domain.Cases;

public static class CaseCategories
{
    /// <summary>CASE-1: the categories a customer may choose for an inquiry.</summary>
    public static IReadOnlyList<CaseCategory> CustomerInquiry { get; } =
        [CaseCategory.Service, CaseCategory.ProductSpec, CaseCategory.Fault, CaseCategory.Other];

    public static bool IsCustomerInquiry(this CaseCategory category) => CustomerInquiry.Contains(category);

    /// <summary>CASE-2: one open inquiry per customer number, faults, alerts and work requests excepted.</summary>
    public static bool CountsAsOpenInquiry(this CaseCategory category) =>
        category is CaseCategory.Service or CaseCategory.ProductSpec or CaseCategory.Other;
}
