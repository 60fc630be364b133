using Portal.Application.Admin.Commands.OnboardCompany;
using Portal.Application.Admin.Commands.UpdateContract;
using Portal.Application.Admin.Companies;
using Portal.Application.Admin.Queries.GetCustomerAccount;
using Portal.Application.Admin.Queries.ListServices;
using Portal.Web.Pages.Account.Users;

namespace Portal.Web.Pages.Provider.Companies;

/// <summary>
/// A customer number and its contract as posted (AGT-3). Numbers and dates are nullable so that what the browser sends
/// always binds; the use case's validator then names what is missing or wrong, in the user's language.
/// </summary>
public sealed class AccountInput
{
    public string? Number { get; set; }

    public string? DisplayName { get; set; }

    public Guid? ServiceId { get; set; }

    public DateOnly? StartDate { get; set; }

    public string? LicenceType { get; set; }

    public int? ContractedIds { get; set; }

    public string? CrowdStrikeCustomerName { get; set; }

    public string? CrowdStrikeCid { get; set; }

    /// <summary>SVC-1's CrowdStrike Falcon Mobile settings; edited on an existing contract only.</summary>
    public string? Platform { get; set; }

    public string? EnrollmentMode { get; set; }

    public string? Notes { get; set; }

    public NewAccount ToNew() => new(Number ?? string.Empty, DisplayName, ServiceId ?? Guid.Empty, StartDate ?? default, LicenceType ?? string.Empty,
        ContractedIds ?? 0, CrowdStrikeCustomerName ?? string.Empty, CrowdStrikeCid ?? string.Empty);

    public UpdateContract ToUpdate(Guid accountId, long version, long accountVersion) => new(accountId, version, accountVersion, DisplayName,
        StartDate ?? default, LicenceType ?? string.Empty, ContractedIds ?? 0, CrowdStrikeCustomerName ?? string.Empty, CrowdStrikeCid ?? string.Empty,
        Platform, EnrollmentMode, Notes);

    public static AccountInput Of(CustomerAccountForm form) => new()
    {
        Number = form.Number,
        DisplayName = form.DisplayName,
        StartDate = form.StartDate,
        LicenceType = form.LicenceType,
        ContractedIds = form.ContractedIds,
        CrowdStrikeCustomerName = form.CrowdStrikeCustomerName,
        CrowdStrikeCid = form.CrowdStrikeCid,
        Platform = form.Platform,
        EnrollmentMode = form.EnrollmentMode,
        Notes = form.Notes,
    };
}

/// <summary>What the contract fields partial shows: the fields under <paramref name="Prefix"/>, with number and service when new.</summary>
public sealed record ContractFormView(AccountInput Input, string Prefix, IReadOnlyList<ServiceChoice>? Services)
{
    public string Id => Prefix.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

/// <summary>The onboarding (開通) form: the company, one or more customer numbers, and the first admin.</summary>
public sealed class OnboardInput
{
    public string? Name { get; set; }

    public string? NameKana { get; set; }

    public List<AccountInput> Accounts { get; set; } = [new()];

    public ContactInput Admin { get; set; } = new();

    public OnboardCompany ToCommand() => new(Name ?? string.Empty, NameKana, [.. Accounts.Select(a => a.ToNew())],
        new FirstAdmin(Admin.FirstName, Admin.LastName, Admin.Title, Admin.Email, Admin.PhoneBusiness, Admin.PhoneMobile, Admin.Language,
            Admin.TimeZone, Admin.UserId));
}
