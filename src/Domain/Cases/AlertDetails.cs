using Portal.Domain.Common;

namespace Portal.Domain.Cases;

/// <summary>
/// API-1: what a detection says, kept with its alert case for the case page's panel: the detection id (with the
/// account, the idempotency key), severity, what was detected, on which device and user, the MITRE tactic and
/// technique, when, and the link to the detection in the Falcon console (https only).
/// </summary>
public sealed class AlertDetails
{
    public const int DetectionIdMax = Case.ExternalReferenceMax;
    public const int NameMax = 200;
    public const int DeviceMax = 200;
    public const int UserNameMax = 200;
    public const int TacticMax = 100;
    public const int TechniqueMax = 100;
    public const int ConsoleLinkMax = 2000;

    private AlertDetails(string detectionId, AlertSeverity severity, string detectName, string? device, string? userName,
        string? tactic, string? technique, DateTimeOffset detectedAt, string? consoleLink)
    {
        DetectionId = detectionId;
        Severity = severity;
        DetectName = detectName;
        Device = device;
        UserName = userName;
        Tactic = tactic;
        Technique = technique;
        DetectedAt = detectedAt;
        ConsoleLink = consoleLink;
    }

    public string DetectionId { get; private set; }

    public AlertSeverity Severity { get; private set; }

    public string DetectName { get; private set; }

    /// <summary>The device's name (CrowdStrike's ComputerName).</summary>
    public string? Device { get; private set; }

    public string? UserName { get; private set; }

    public string? Tactic { get; private set; }

    public string? Technique { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    /// <summary>The detection in the Falcon console (FalconHostLink); only an absolute https address is kept.</summary>
    public string? ConsoleLink { get; private set; }

    public static AlertDetails Create(string detectionId, AlertSeverity severity, string detectName, string? device,
        string? userName, string? tactic, string? technique, DateTimeOffset detectedAt, string? consoleLink)
    {
        if (!Enum.IsDefined(severity))
        {
            throw Rule.Broken("Alert.UnknownSeverity", ("severity", (int)severity));
        }

        var link = Text.Optional(consoleLink, ConsoleLinkMax, nameof(ConsoleLink));
        if (link is not null && !IsConsoleLink(link))
        {
            throw Rule.Broken("Alert.InvalidConsoleLink", ("link", link));
        }

        return new AlertDetails(
            Text.Required(detectionId, DetectionIdMax, nameof(DetectionId)),
            severity,
            Text.Required(detectName, NameMax, nameof(DetectName)),
            Text.Optional(device, DeviceMax, nameof(Device)),
            Text.Optional(userName, UserNameMax, nameof(UserName)),
            Text.Optional(tactic, TacticMax, nameof(Tactic)),
            Text.Optional(technique, TechniqueMax, nameof(Technique)),
            detectedAt.ToUniversalTime(),
            link);
    }

    /// <summary>An absolute https address: the page links it, so no other scheme (javascript:, data:) may get in.</summary>
    public static bool IsConsoleLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
