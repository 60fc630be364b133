namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-5 (a): a 6-digit sign-in code sent by e-mail. Only its hash is stored; it is valid 5 minutes and once.
/// </summary>
public sealed class EmailCode
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    /// <summary>SHA-256 (hex) of the user id and the code.</summary>
    public required string CodeHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }
}
