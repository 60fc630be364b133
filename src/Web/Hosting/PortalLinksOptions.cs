namespace Portal.Web.Hosting;

/// <summary>Section "Portal:Links" (UI-1): sibling service portals shown on the home page, and the privacy policy.</summary>
public sealed class PortalLinksOptions
{
    public const string Section = "Portal:Links";

    public IList<PortalLink> SiblingPortals { get; } = [];

    public Uri? PrivacyPolicy { get; set; }
}

public sealed class PortalLink
{
    public string NameJa { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public Uri? Url { get; set; }
}
