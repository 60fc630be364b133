using FluentValidation;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Contacts;

/// <summary>Who a new or edited user is: the person's fields shared by contacts and provider staff.</summary>
public interface IContactPerson
{
    string? FirstName { get; }
    string LastName { get; }
    string? Title { get; }
    string Email { get; }
    string? PhoneBusiness { get; }
    string? PhoneMobile { get; }
    Language Language { get; }
    string TimeZone { get; }
    string UserId { get; }
}

/// <summary>The fields of the contact form (guide 5.1.4, 5.1.5), the same for creating and editing.</summary>
public interface IContactFields : IContactPerson
{
    bool IsAdmin { get; }
    bool EmailMfaEnabled { get; }
    IReadOnlyList<Guid> AccountIds { get; }
}

/// <summary>ADM-2/ADM-3 rules of a person's fields; uniqueness of the user ID is the handler's (it needs the database).</summary>
public abstract class ContactPersonValidator<T> : AbstractValidator<T>
    where T : IContactPerson
{
    private const string Phone = @"^[0-9+\-() ]*$";

    protected ContactPersonValidator()
    {
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(Contact.NameMax);
        RuleFor(x => x.FirstName).MaximumLength(Contact.NameMax);
        RuleFor(x => x.Title).MaximumLength(Contact.TitleMax);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(Contact.EmailMax);
        RuleFor(x => x.PhoneBusiness).MaximumLength(Contact.PhoneMax).Matches(Phone);
        RuleFor(x => x.PhoneMobile).MaximumLength(Contact.PhoneMax).Matches(Phone);
        RuleFor(x => x.Language).IsInEnum();
        RuleFor(x => x.TimeZone).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Contact.TimeZoneMax)
            .Must(zone => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)).WithErrorCode("TimeZone.Unknown");
        RuleFor(x => x.UserId).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Contact.UserIdMax)
            .Must(Contact.IsValidUserId).WithErrorCode("UserId.Format");
    }
}

/// <summary>The contact form's rules: the person's, and at least one customer number.</summary>
public abstract class ContactFieldsValidator<T> : ContactPersonValidator<T>
    where T : IContactFields
{
    protected ContactFieldsValidator() => RuleFor(x => x.AccountIds).NotEmpty().WithErrorCode("Accounts.Empty");
}
