namespace Portal.Application.Common.Interfaces;

/// <summary>Section "Portal": the public address of the site, for links in mail.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public Uri BaseUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>SVC-1: the work request type a contract change is applied for with (guide 4.10's application form).</summary>
    public string ContractChangeRequestType { get; set; } = "01";
}
