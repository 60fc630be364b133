namespace Portal.Domain.Common;

/// <summary>The ISO 639-1 codes a <see cref="Language"/> is stored and exchanged as.</summary>
public static class LanguageCodes
{
    public const string Japanese = "ja";
    public const string English = "en";
    public const int CodeMax = 8;

    public static string ToCode(this Language language) => language switch
    {
        Language.Japanese => Japanese,
        Language.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static Language FromCode(string code) => code switch
    {
        Japanese => Language.Japanese,
        English => Language.English,
        _ => throw Rule.Broken("Language.Unknown", ("code", code)),
    };
}
