namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-5 (d): a browser on which the user chose not to be asked for MFA for 8 hours. The browser holds
/// a random token in a cookie; only its hash is stored, and the user can revoke it from the profile.
/// </summary>
public sealed class RememberedBrowser
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    /// <summary>SHA-256 (hex) of the cookie's token.</summary>
    public required string TokenHash { get; init; }

    /// <summary>What the user sees in the list: the browser's user agent, shortened.</summary>
    public required string Description { get; init; }

    public string? IpAddress { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
