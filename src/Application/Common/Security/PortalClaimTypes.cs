namespace Portal.Application.Common.Security;

/// <summary>Claims the portal adds to the sign-in cookie besides name, id and role.</summary>
public static class PortalClaimTypes
{
    public const string Company = "portal:company";
    public const string Language = "portal:lang";
    public const string TimeZone = "portal:tz";
    public const string DisplayName = "portal:name";
}
