using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Audit;

namespace Portal.Application.Integrations.Clients;

/// <summary>API-1: shared rules of the client commands: ids, redirect URIs, secrets and their audit entries.</summary>
public static class ApiClientRules
{
    public const int ClientIdMax = 100;
    public const int DisplayNameMax = 200;
    public const int UriMax = 2000;

    /// <summary>The audit trail's name for a client (AGT-4).</summary>
    public const string AuditType = "ApiClient";

    /// <summary>Lower-case letters, digits, '-', '_' and '.', starting with a letter or digit.</summary>
    public static bool IsValidClientId(string? clientId) =>
        clientId is { Length: > 0 } && char.IsAsciiLetterOrDigit(clientId[0])
        && clientId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.');

    /// <summary>One URI a line; blank lines ignored.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>An absolute https URI, or http on a loopback host; no fragment.</summary>
    public static bool IsAllowedRedirect(string? text) =>
        text is { Length: <= UriMax } && Uri.TryCreate(text, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>A new secret: 32 random bytes, URL-safe base64 (shown once, stored hashed).</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>AGT-4: an entry for <paramref name="client"/>; before and after hold only what changed, never a secret.</summary>
    public static void Audit(IApplicationDbContext db, ICurrentUser principal, TimeProvider clock, string action, Guid clientId,
        object? before, object? after) =>
        db.AuditEntries.Add(AuditEntry.Record(principal.ContactId, principal.UserId ?? "anonymous", action, AuditType, clientId, null,
            before is null ? null : JsonSerializer.Serialize(before), after is null ? null : JsonSerializer.Serialize(after), clock.GetUtcNow()));
}
