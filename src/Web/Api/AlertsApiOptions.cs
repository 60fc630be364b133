namespace Portal.Web.Api;

/// <summary>Section "Api:Alerts" (API-1): how large a detection may be and how many a client may send per window.</summary>
internal sealed class AlertsApiOptions
{
    public const string Section = "Api:Alerts";

    /// <summary>A detection is a few kilobytes; the body is read no further than this.</summary>
    public int MaxBodyBytes { get; set; } = 65536;

    /// <summary>Requests per client id and window; a burst of detections stays well below it.</summary>
    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;

    public bool IsValid => MaxBodyBytes > 0 && PermitLimit > 0 && WindowSeconds > 0;
}
