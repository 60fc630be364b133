using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.GetCase;

/// <summary>CASE-7: a case as its detail page shows it, the activity stream newest first.</summary>
public sealed record CaseDetail
{
    public required string Number { get; init; }

    /// <summary>NFR-4: the version shown; every form that changes the case sends it back.</summary>
    public long Version { get; init; }

    public CaseStatus Status { get; init; }

    public CaseCategory Category { get; init; }

    public required string Subject { get; init; }

    public required string Description { get; init; }

    public required string CustomerNumber { get; init; }

    public required string Contractor { get; init; }

    public required string ServiceNameJa { get; init; }

    public required string ServiceNameEn { get; init; }

    /// <summary>お客様担当者名; null for alerts.</summary>
    public string? Contact { get; init; }

    public string? Resolution { get; init; }

    /// <summary>WR-2: the accepted work request this case carries out (linked both ways).</summary>
    public string? WorkRequestNumber { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public required IReadOnlyList<CaseActivity> Activity { get; init; }

    /// <summary>CASE-10: the user is on the case's watch list.</summary>
    public bool IsWatchedByMe { get; init; }

    /// <summary>AGT-1: the agent working the case, if any.</summary>
    public Guid? AssignedAgentId { get; init; }

    public string? AssignedAgentName { get; init; }

    /// <summary>What the user may do with the case now: the page offers exactly these.</summary>
    public required CaseActions Actions { get; init; }

    /// <summary>CASE-8: the attachments tab, newest first.</summary>
    public IReadOnlyList<CaseAttachmentItem> Attachments { get; init; } = [];

    /// <summary>API-1: the detection of an alert case, for its panel; null for every other case.</summary>
    public AlertPanel? Alert { get; init; }
}

/// <summary>
/// API-1: what the detection says and the customer's answer, if given. <see cref="ConsoleLink"/> is an https
/// address (the domain keeps no other), so the page may link it.
/// </summary>
public sealed record AlertPanel(
    string DetectionId,
    AlertSeverity Severity,
    string DetectName,
    string? Device,
    string? UserName,
    string? Tactic,
    string? Technique,
    DateTimeOffset DetectedAt,
    string? ConsoleLink,
    AlertResponse? Response,
    DateTimeOffset? RespondedAt);

/// <summary>An entry of the activity stream.</summary>
public abstract record CaseActivity(DateTimeOffset At);

/// <summary>
/// A comment; <see cref="BodyHtml"/> went through the allow-list sanitizer when it was written (CASE-7), so it
/// is shown as stored. Work notes reach only agents (AGT-1).
/// </summary>
public sealed record CommentActivity(DateTimeOffset At, string AuthorName, bool IsFromAgent, bool IsWorkNote, string BodyHtml)
    : CaseActivity(At);

public sealed record StatusChangeActivity(DateTimeOffset At, CaseStatus From, CaseStatus To) : CaseActivity(At);
