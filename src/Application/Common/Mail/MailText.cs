using System.Globalization;
using System.Resources;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Common.Mail;

/// <summary>MAIL-1: mail wording in the recipient's language (Resources/MailText.resx, ja neutral, and .en).</summary>
public static class MailText
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.MailText", typeof(MailText).Assembly);

    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.English ? "en-US" : "ja-JP");

    /// <summary>
    /// A mail to <paramref name="contact"/> in its language: greeting, <paramref name="body"/>, the send-only
    /// footer and the sender's signature (MAIL-1).
    /// </summary>
    public static MailEnvelope Letter(Contact contact, string subject, string body, bool secret = false)
    {
        var language = contact.Language;
        var text = string.Join(Environment.NewLine, Get(language, "Mail.Greeting", contact.DisplayName), string.Empty,
            body.TrimEnd(), string.Empty, Get(language, "Mail.Footer"), Get(language, "Mail.Signature")) + Environment.NewLine;
        return new MailEnvelope(contact.Email, contact.DisplayName, subject, text, Secret: secret);
    }

    public static string Get(Language language, string key, params object?[] args)
    {
        var culture = Culture(language);
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing mail text {key}.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
