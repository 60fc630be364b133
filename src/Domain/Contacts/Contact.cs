using System.Text.RegularExpressions;
using Portal.Domain.Common;
using Portal.Domain.Contacts.Events;

namespace Portal.Domain.Contacts;

/// <summary>
/// A portal user's profile (連絡先). The Identity user holding password, lockout and MFA secrets has
/// the same <see cref="Entity.Id"/>; this aggregate owns what the business sees and decides.
/// </summary>
public sealed partial class Contact : AggregateRoot, IAuditable
{
    Guid? IAuditable.AuditCompanyId => CompanyId;

    public const int UserIdMax = 40;
    public const int EmailMax = 256;
    public const int NameMax = 100;
    public const int TitleMax = 100;
    public const int PhoneMax = 40;
    public const int TimeZoneMax = 64;
    public const string DefaultTimeZone = "Asia/Tokyo";
    private const string UserIdSuffix = ".fm";

    private readonly List<ContactAccount> _accounts = [];

    private Contact(Guid? companyId, string userId, string normalizedUserId, string email, string lastName,
        string timeZone, ContactRole role, DateTimeOffset createdAt)
    {
        CompanyId = companyId;
        UserId = userId;
        NormalizedUserId = normalizedUserId;
        Email = email;
        LastName = lastName;
        TimeZone = timeZone;
        Role = role;
        IsActive = true;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    /// <summary>Null for provider staff (Agent, ProviderAdmin).</summary>
    public Guid? CompanyId { get; private set; }

    /// <summary>Login name (AUTH-1), unique portal-wide through <see cref="NormalizedUserId"/>.</summary>
    public string UserId { get; private set; }

    public string NormalizedUserId { get; private set; }

    public string Email { get; private set; }

    public string? FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? Title { get; private set; }

    public string? PhoneBusiness { get; private set; }

    public string? PhoneMobile { get; private set; }

    public Language Language { get; private set; }

    /// <summary>IANA zone id (UI-3).</summary>
    public string TimeZone { get; private set; }

    public ContactRole Role { get; private set; }

    /// <summary>Login enabled (ADM-3); contacts are disabled, never deleted (ADM-4).</summary>
    public bool IsActive { get; private set; }

    public bool EmailMfaEnabled { get; private set; }

    public bool AccessibilityEnabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<ContactAccount> Accounts => _accounts;

    public static Contact Create(Guid? companyId, string userId, string email, ContactProfile profile,
        ContactRole role, bool emailMfaEnabled, DateTimeOffset now)
    {
        EnsureRoleFits(companyId, role);
        var contact = new Contact(companyId, ValidUserId(userId), NormalizeUserId(userId), ValidEmail(email), "",
            DefaultTimeZone, role, now);
        contact.EmailMfaEnabled = emailMfaEnabled;
        contact.ApplyProfile(profile);
        contact.Raise(new ContactCreated(contact.Id, companyId, contact.UserId, contact.Email, role, now));
        return contact;
    }

    /// <summary>ADM-2: e-mail + ".fm", the e-mail cut to its first 37 characters so the ID fits 40.</summary>
    public static string SuggestedUserId(string email)
    {
        var trimmed = email.Trim();
        var keep = UserIdMax - UserIdSuffix.Length;
        return (trimmed.Length > keep ? trimmed[..keep] : trimmed) + UserIdSuffix;
    }

    public static string NormalizeUserId(string userId) => userId.Trim().ToUpperInvariant();

    /// <summary>
    /// The name as people write it: a name in Japanese script family name first (山田 花子), a name in
    /// Latin script given name first (Emily Clark), whatever the language the pages are shown in.
    /// </summary>
    public string DisplayName => FormatName(FirstName, LastName);

    /// <summary>The <see cref="DisplayName"/> rule for names read without loading the contact (lists, CASE-4).</summary>
    public static string FormatName(string? firstName, string lastName) =>
        (IsJapaneseScript(lastName + firstName) ? $"{lastName} {firstName}" : $"{firstName} {lastName}").Trim();

    private static bool IsJapaneseScript(string name) =>
        name.Any(c => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uff66' and <= '\uff9f');

    public bool IsLinkedTo(Guid customerAccountId) => _accounts.Exists(a => a.CustomerAccountId == customerAccountId);

    public void UpdateProfile(ContactProfile profile, DateTimeOffset now)
    {
        ApplyProfile(profile);
        UpdatedAt = now;
    }

    /// <summary>PROF-1: takes effect immediately.</summary>
    public void ChangeEmail(string email, DateTimeOffset now)
    {
        var valid = ValidEmail(email);
        if (string.Equals(valid, Email, StringComparison.OrdinalIgnoreCase))
        {
            throw Rule.Broken("Contact.EmailUnchanged");
        }

        var old = Email;
        Email = valid;
        UpdatedAt = now;
        Raise(new ContactEmailChanged(Id, old, valid, now));
    }

    /// <summary>ADM-3. Uniqueness across companies is the unique index on <see cref="NormalizedUserId"/>.</summary>
    public void ChangeUserId(string userId, DateTimeOffset now)
    {
        var valid = ValidUserId(userId);
        if (valid == UserId)
        {
            throw Rule.Broken("Contact.UserIdUnchanged");
        }

        var old = UserId;
        UserId = valid;
        NormalizedUserId = NormalizeUserId(valid);
        UpdatedAt = now;
        Raise(new ContactUserIdChanged(Id, old, valid, now));
    }

    public void SetEmailMfa(bool enabled, DateTimeOffset now)
    {
        if (EmailMfaEnabled == enabled)
        {
            throw Rule.Broken("Contact.EmailMfaUnchanged");
        }

        EmailMfaEnabled = enabled;
        UpdatedAt = now;
    }

    private void ApplyProfile(ContactProfile profile)
    {
        FirstName = Text.Optional(profile.FirstName, NameMax, nameof(FirstName));
        LastName = Text.Required(profile.LastName, NameMax, nameof(LastName));
        Title = Text.Optional(profile.Title, TitleMax, nameof(Title));
        PhoneBusiness = Text.Optional(profile.PhoneBusiness, PhoneMax, nameof(PhoneBusiness));
        PhoneMobile = Text.Optional(profile.PhoneMobile, PhoneMax, nameof(PhoneMobile));
        Language = profile.Language;
        TimeZone = Text.Required(profile.TimeZone, TimeZoneMax, nameof(TimeZone));
        AccessibilityEnabled = profile.AccessibilityEnabled;
    }

    /// <summary>ADM-3: at most 40 characters of letters, digits and <c>. _ @ + -</c> (an e-mail address with ".fm" fits).</summary>
    public static bool IsValidUserId(string userId)
    {
        var trimmed = userId.Trim();
        return trimmed.Length is > 0 and <= UserIdMax && UserIdFormat().IsMatch(trimmed);
    }

    private static string ValidUserId(string userId) =>
        IsValidUserId(userId) ? userId.Trim() : throw Rule.Broken("Contact.InvalidUserId", ("max", UserIdMax));

    private static string ValidEmail(string email)
    {
        var trimmed = Text.Required(email, EmailMax, nameof(Email));
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace)
            ? trimmed
            : throw Rule.Broken("Contact.InvalidEmail");
    }

    private static void EnsureRoleFits(Guid? companyId, ContactRole role)
    {
        if (role.IsProvider() == companyId.HasValue)
        {
            throw Rule.Broken("Contact.RoleCompanyMismatch", ("role", role.ToString()));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._@+-]+$")]
    private static partial Regex UserIdFormat();
}
