namespace Portal.Domain.Common;

/// <summary>
/// A text kept in Japanese and English (UI-3, KB-4): reference data, titles and names. A missing language
/// falls back to the other one, so a reader never sees an empty name.
/// </summary>
public sealed record BilingualText(string Japanese, string? English)
{
    public string In(Language language) => language switch
    {
        Language.English => string.IsNullOrWhiteSpace(English) ? Japanese : English,
        _ => string.IsNullOrWhiteSpace(Japanese) ? English ?? string.Empty : Japanese,
    };

    public override string ToString() => Japanese;
}
