using System.Text.Json;
using Portal.Application.Account.Passwords;

namespace Portal.Web.Hosting;

/// <summary>
/// AUTH-3 in the browser: what _PasswordChecklist needs to run PasswordPolicy's rules as the user types.
/// The numbers come from <see cref="PasswordPolicy"/> itself, so the browser cannot drift from the server.
/// </summary>
public sealed record PasswordChecklistModel(PasswordOwner Owner)
{
    /// <summary>The checklist lines: every rule of the policy, in its order.</summary>
    public static IReadOnlyList<PasswordRule> Rules { get; } = Enum.GetValues<PasswordRule>();

    public static string KeyboardRowsJson => JsonSerializer.Serialize(PasswordPolicy.KeyboardRows);

    public string ForbiddenJson => JsonSerializer.Serialize(Owner.ForbiddenParts());

    /// <summary>From the sign-in cookie: the user ID and the display name (its parts are the first and last names).</summary>
    public static PasswordChecklistModel ForSignedIn(string? userId, string? displayName) =>
        new(new PasswordOwner(userId ?? string.Empty, displayName is null ? [] : displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
