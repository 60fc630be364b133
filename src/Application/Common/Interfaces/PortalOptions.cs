namespace Portal.Application.Common.Interfaces;

/// <summary>Section "Portal": the public address of the site, for links in mail.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public Uri BaseUrl { get; set; } = new("http://localhost:5080/");
}
