namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-6: one signed-in browser. The sign-in cookie carries only a random key; its hash finds this row,
/// which holds the authentication ticket, so deleting the row ends the session on every node at once.
/// </summary>
public sealed class UserSession
{
    /// <summary>What the profile names the session by; never the key, which would let its holder use the cookie's session.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>SHA-256 (hex) of the key in the cookie.</summary>
    public required string KeyHash { get; init; }

    public Guid UserId { get; set; }

    /// <summary>The serialized ticket, protected with data protection (it holds the user's claims).</summary>
    public required byte[] Ticket { get; set; }

    /// <summary>When the user signed in on this browser.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The last request, written at most once a minute.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>When the ticket lapses unless renewed (the idle timeout); the cleanup job's measure.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The browser's user agent, shortened.</summary>
    public required string Browser { get; init; }

    public string? IpAddress { get; set; }
}
