namespace Portal.Domain.Common;

/// <summary>UI and content language (UI-3, KB-4). Stored as its code: "ja" / "en".</summary>
public enum Language
{
    Japanese,
    English,
}
