namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-10: a reset mail sent to a user (a link, or the notice that resets pause after a completed one), so
/// that no more than 3 go out in any hour. Rows older than the hour are dropped when the next one is sent.
/// </summary>
public sealed class ResetMail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
