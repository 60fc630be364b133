using Portal.Application.Admin.Commands.CreateContact;
using Portal.Application.Admin.Commands.UpdateContact;
using Portal.Application.Admin.Queries.GetContact;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Web.Pages.Account.Users;

/// <summary>The contact form as posted (guide 5.1.4, 5.1.5): the fields of create and edit, kept as typed when refused.</summary>
public sealed class ContactInput
{
    public string? FirstName { get; set; }

    public string LastName { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string Email { get; set; } = string.Empty;

    public string? PhoneBusiness { get; set; }

    public string? PhoneMobile { get; set; }

    public Language Language { get; set; } = Language.Japanese;

    public string TimeZone { get; set; } = Contact.DefaultTimeZone;

    public string UserId { get; set; } = string.Empty;

    public bool IsAdmin { get; set; }

    public bool EmailMfaEnabled { get; set; }

    public List<Guid> AccountIds { get; set; } = [];

    public static ContactInput Of(ContactDetail c) => new()
    {
        FirstName = c.FirstName,
        LastName = c.LastName,
        Title = c.Title,
        Email = c.Email,
        PhoneBusiness = c.PhoneBusiness,
        PhoneMobile = c.PhoneMobile,
        Language = c.Language,
        TimeZone = c.TimeZone,
        UserId = c.UserId,
        IsAdmin = c.IsAdmin,
        EmailMfaEnabled = c.EmailMfaEnabled,
        AccountIds = [.. c.LinkedAccountIds],
    };

    public CreateContact ToCreate(Guid? companyId = null) => new(FirstName, LastName, Title, Email, PhoneBusiness, PhoneMobile, Language, TimeZone,
        UserId, IsAdmin, EmailMfaEnabled, AccountIds, companyId);

    public UpdateContact ToUpdate(Guid id, long version) => new(id, version, FirstName, LastName, Title, Email, PhoneBusiness, PhoneMobile,
        Language, TimeZone, UserId, IsAdmin, EmailMfaEnabled, AccountIds);
}

/// <summary>
/// What the contact form partial shows: the fields under <paramref name="Prefix"/> and, with <paramref name="Accounts"/>,
/// the customer numbers, admin and MFA choices of a company's contact.
/// </summary>
public sealed record ContactFormView(ContactInput Input, IReadOnlyList<AccountChoice>? Accounts, string Prefix = "Input");
