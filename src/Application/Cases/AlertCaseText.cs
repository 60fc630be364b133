using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Mail;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Cases;

/// <summary>
/// API-1: how a detection reads as an alert case, and who is told of it. The detection keeps its own words
/// (CrowdStrike's names are English); only the category label of the subject is the portal's, in the
/// language of the account's people.
/// </summary>
internal static class AlertCaseText
{
    /// <summary>
    /// MAIL-1 "alert case": the customer contacts who may see the account's cases (active, linked to it, TEN-1);
    /// the provider's staff (no company) see alerts in their console instead.
    /// </summary>
    public static IQueryable<Contact> RecipientsOf(IApplicationDbContext db, Guid customerAccountId) =>
        db.Contacts.Where(Contact.MayReadAccount(customerAccountId)).Where(c => c.CompanyId != null);

    /// <summary>English when every one of the account's contacts reads English, else Japanese (the portal's first language).</summary>
    public static async Task<Language> LanguageOfAsync(IApplicationDbContext db, Guid customerAccountId, CancellationToken cancellationToken)
    {
        var languages = await RecipientsOf(db, customerAccountId).Select(c => c.Language).Distinct().ToListAsync(cancellationToken);
        return languages is [Language.English] ? Language.English : Language.Japanese;
    }

    public static string Subject(Language language, AlertDetails details)
    {
        var subject = details.Device is { } device
            ? MailText.Get(language, "AlertCase.SubjectOnDevice", details.DetectName, device)
            : MailText.Get(language, "AlertCase.Subject", details.DetectName);
        return subject.Length <= Case.SubjectMax ? subject : subject[..(Case.SubjectMax - 1)] + "…";
    }

    /// <summary>The detection's own description, else its name (a case always has one).</summary>
    public static string Description(string? description, AlertDetails details) =>
        string.IsNullOrWhiteSpace(description) ? details.DetectName : description.Trim();

    public static string SeverityName(Language language, AlertSeverity severity) =>
        MailText.Get(language, $"AlertSeverity.{severity}");
}
