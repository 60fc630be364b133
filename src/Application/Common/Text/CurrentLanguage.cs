using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Application.Common.Text;

/// <summary>
/// UI-3: the language of the current request (the user's setting, or the chosen one before sign-in), as the
/// web layer set the UI culture. The one place that decides "is this English".
/// </summary>
public static class CurrentLanguage
{
    public static Language Value =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == LanguageCodes.English ? Language.English : Language.Japanese;

    public static bool IsEnglish => Value == Language.English;

    /// <summary><paramref name="text"/> in the current language, with its fallback.</summary>
    public static string Of(BilingualText text) => text.In(Value);
}
