using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Application.Cases.Commands.IngestAlert;

namespace Portal.Web.Api;

/// <summary>
/// API-1: the two bodies the alert endpoint reads. <see cref="CrowdStrikeDetection"/> is an event of the Falcon
/// event stream as it arrives; <see cref="PortalAlert"/> is the portal's own compact shape for other senders.
/// Each maps to the command and names the JSON path of each of its fields, so that errors point at the caller's field.
/// </summary>
internal static class AlertRequests
{
    public const string DetectionSummaryEvent = "DetectionSummaryEvent";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The event stream's shape has its detection under "event" and the CID under "metadata".</summary>
    public static bool IsCrowdStrike(JsonElement root) =>
        root.TryGetProperty("metadata", out _) || root.TryGetProperty("event", out _);

    /// <summary>Epoch seconds or milliseconds (the stream uses both); null for a value no date can have.</summary>
    public static DateTimeOffset? FromEpoch(long? value)
    {
        const long MillisecondsFrom = 100_000_000_000; // as seconds: the year 5138
        try
        {
            return value switch
            {
                null => null,
                >= MillisecondsFrom => DateTimeOffset.FromUnixTimeMilliseconds(value.Value),
                _ => DateTimeOffset.FromUnixTimeSeconds(value.Value),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

/// <summary>A DetectionSummaryEvent of the Falcon event stream (the fields the portal reads).</summary>
internal sealed record CrowdStrikeDetection(CrowdStrikeMetadata? Metadata, CrowdStrikeEvent? Event)
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        [nameof(IngestAlert.Cid)] = "metadata.customerIDString",
        [nameof(IngestAlert.DetectionId)] = "event.DetectId",
        [nameof(IngestAlert.Severity)] = "event.Severity",
        [nameof(IngestAlert.DetectName)] = "event.DetectName",
        [nameof(IngestAlert.Description)] = "event.DetectDescription",
        [nameof(IngestAlert.Device)] = "event.ComputerName",
        [nameof(IngestAlert.UserName)] = "event.UserName",
        [nameof(IngestAlert.Tactic)] = "event.Tactic",
        [nameof(IngestAlert.Technique)] = "event.Technique",
        [nameof(IngestAlert.DetectedAt)] = "metadata.eventCreationTime",
        [nameof(IngestAlert.ConsoleLink)] = "event.FalconHostLink",
    };

    /// <summary>When it was detected: the event's original time, else the process start, else when the stream made the event.</summary>
    public IngestAlert ToCommand() => new(Metadata?.CustomerIdString, Event?.DetectId, Event?.Severity, Event?.DetectName,
        Event?.DetectDescription, Event?.ComputerName, Event?.UserName, Event?.Tactic, Event?.Technique,
        AlertRequests.FromEpoch(Event?.OriginalTimestamp) ?? AlertRequests.FromEpoch(Event?.ProcessStartTime)
            ?? AlertRequests.FromEpoch(Metadata?.EventCreationTime),
        Event?.FalconHostLink);
}

/// <param name="CustomerIdString">The CID: which customer's Falcon sent it.</param>
/// <param name="EventCreationTime">Epoch milliseconds.</param>
internal sealed record CrowdStrikeMetadata(string? EventType, [property: JsonPropertyName("customerIDString")] string? CustomerIdString,
    long? Offset, long? EventCreationTime);

/// <param name="Severity">1 (informational) … 5 (critical); <paramref name="SeverityName"/> is its word.</param>
/// <param name="ProcessStartTime">Epoch seconds.</param>
/// <param name="OriginalTimestamp">Epoch seconds or milliseconds.</param>
/// <remarks>The stream names these in Pascal case.</remarks>
internal sealed record CrowdStrikeEvent(
    [property: JsonPropertyName("DetectId")] string? DetectId,
    [property: JsonPropertyName("Severity")] int? Severity,
    [property: JsonPropertyName("SeverityName")] string? SeverityName,
    [property: JsonPropertyName("Tactic")] string? Tactic,
    [property: JsonPropertyName("Technique")] string? Technique,
    [property: JsonPropertyName("DetectName")] string? DetectName,
    [property: JsonPropertyName("DetectDescription")] string? DetectDescription,
    [property: JsonPropertyName("ComputerName")] string? ComputerName,
    [property: JsonPropertyName("UserName")] string? UserName,
    [property: JsonPropertyName("FalconHostLink")] string? FalconHostLink,
    [property: JsonPropertyName("ProcessStartTime")] long? ProcessStartTime,
    [property: JsonPropertyName("OriginalTimestamp")] long? OriginalTimestamp);

/// <summary>The portal's compact shape: the command's fields under their own names, the time as ISO 8601.</summary>
internal sealed record PortalAlert(string? Cid, string? DetectionId, int? Severity, string? DetectName, string? Description,
    string? Device, string? UserName, string? Tactic, string? Technique, DateTimeOffset? DetectedAt, string? ConsoleLink)
{
    public IngestAlert ToCommand() =>
        new(Cid, DetectionId, Severity, DetectName, Description, Device, UserName, Tactic, Technique, DetectedAt, ConsoleLink);

    /// <summary>The JSON name of a command field: the same name, camel case.</summary>
    public static string PathOf(string field) => JsonNamingPolicy.CamelCase.ConvertName(field);
}

/// <summary>The answer to a detection: its case, and whether this request made it.</summary>
/// <param name="Outcome">"created" or "replayed".</param>
internal sealed record AlertCaseResponse(string CaseNumber, string Outcome, string Location);
