using Portal.Domain.Common;

namespace Portal.Domain.Contacts;

/// <summary>The fields a user edits on its profile (PROF-1) and an admin on a contact (ADM-3).</summary>
public sealed record ContactProfile(
    string? FirstName,
    string LastName,
    string? Title = null,
    string? PhoneBusiness = null,
    string? PhoneMobile = null,
    Language Language = Language.Japanese,
    string TimeZone = Contact.DefaultTimeZone,
    bool AccessibilityEnabled = false);
