using System.Globalization;
using System.Resources;
using Portal.Domain.Common;

namespace Portal.Application.Common.Mail;

/// <summary>MAIL-1: mail wording in the recipient's language (Resources/MailText.resx, ja neutral, and .en).</summary>
public static class MailText
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.MailText", typeof(MailText).Assembly);

    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.English ? "en-US" : "ja-JP");

    public static string Get(Language language, string key, params object?[] args)
    {
        var culture = Culture(language);
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing mail text {key}.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
