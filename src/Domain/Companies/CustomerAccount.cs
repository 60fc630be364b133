using System.Text.RegularExpressions;
using Portal.Domain.Common;

namespace Portal.Domain.Companies;

/// <summary>A customer number (お客様番号, e.g. N202400003): the unit of tenancy (TEN-1).</summary>
public sealed partial class CustomerAccount : AggregateRoot, IAuditable
{
    Guid? IAuditable.AuditCompanyId => CompanyId;

    public const int NumberMax = 10;
    public const int DisplayNameMax = 200;

    private CustomerAccount(Guid companyId, string number, Guid serviceId, string? displayName)
    {
        CompanyId = companyId;
        Number = number;
        ServiceId = serviceId;
        DisplayName = displayName;
        IsActive = true;
    }

    public Guid CompanyId { get; private set; }

    public string Number { get; private set; }

    public Guid ServiceId { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>Inactive accounts stay readable but take no new inquiries or work requests.</summary>
    public bool IsActive { get; private set; }

    public static bool IsValidNumber(string? number) => number is not null && NumberFormat().IsMatch(number);

    public static CustomerAccount Create(Guid companyId, string number, Guid serviceId, string? displayName = null) =>
        IsValidNumber(number)
            ? new(companyId, number, serviceId, Text.Optional(displayName, DisplayNameMax, nameof(DisplayName)))
            : throw Rule.Broken("CustomerAccount.InvalidNumber", ("number", number));

    public void Rename(string? displayName) =>
        DisplayName = Text.Optional(displayName, DisplayNameMax, nameof(DisplayName));

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw Rule.Broken("CustomerAccount.AlreadyInactive", ("number", Number));
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw Rule.Broken("CustomerAccount.AlreadyActive", ("number", Number));
        }

        IsActive = true;
    }

    [GeneratedRegex("^[A-Z][0-9]{9}$")]
    private static partial Regex NumberFormat();
}
