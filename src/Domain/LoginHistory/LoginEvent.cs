using Portal.Domain.Common;

namespace Portal.Domain.LoginHistory;

/// <summary>
/// An append-only login history row (AUTH-8, HIST-1). <see cref="UserId"/> is what was typed, so
/// failures for unknown IDs are recorded too; contact and company are set when the ID matched.
/// </summary>
public sealed class LoginEvent : Entity
{
    public const int UserIdMax = 256;
    public const int IpAddressMax = 64;
    public const int UserAgentMax = 512;
    public const int DetailMax = 256;

    private LoginEvent(LoginEventKind kind, string userId, Guid? contactId, Guid? companyId, DateTimeOffset occurredAt)
    {
        Kind = kind;
        UserId = userId;
        ContactId = contactId;
        CompanyId = companyId;
        OccurredAt = occurredAt;
    }

    public LoginEventKind Kind { get; private set; }

    public string UserId { get; private set; }

    public Guid? ContactId { get; private set; }

    public Guid? CompanyId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>Over-long input is cut, never refused: a login must not fail on its own log row.</summary>
    public static LoginEvent Record(LoginEventKind kind, string userId, Guid? contactId, Guid? companyId,
        DateTimeOffset now, string? ipAddress, string? userAgent, string? detail = null) =>
        new(kind, Text.Truncate(userId, UserIdMax)!, contactId, companyId, now)
        {
            IpAddress = Text.Truncate(ipAddress, IpAddressMax),
            UserAgent = Text.Truncate(userAgent, UserAgentMax),
            Detail = Text.Truncate(detail, DetailMax),
        };
}
