namespace Portal.Application.Common.Security;

/// <summary>API-1: the scopes a machine client's token may carry; a request that needs one checks it besides its role.</summary>
public static class ApiScopes
{
    /// <summary>Posting detections as alert cases.</summary>
    public const string AlertsWrite = "alerts:write";
}
