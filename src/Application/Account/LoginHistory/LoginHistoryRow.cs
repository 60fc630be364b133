using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.LoginHistory;

/// <summary>One login history line as the list and the exports show it (guide 4.11.1).</summary>
public sealed record LoginHistoryRow
{
    public LoginEventKind Kind { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
