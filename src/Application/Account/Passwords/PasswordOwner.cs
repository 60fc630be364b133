using System.Text.RegularExpressions;
using Portal.Domain.Contacts;

namespace Portal.Application.Account.Passwords;

/// <summary>
/// AUTH-3: who the password is for, so that the user ID and the name cannot be part of it. Only parts
/// of letters and digits matter (a password cannot hold '.' or Japanese script anyway).
/// </summary>
public sealed partial record PasswordOwner(string UserId, IReadOnlyList<string> Names)
{
    /// <summary>Parts of the user ID this long or longer are refused ("yamada", "example"; not "com", "fm").</summary>
    public const int UserIdPartMin = 4;

    /// <summary>Name parts this long or longer are refused ("Ito", "Clark").</summary>
    public const int NamePartMin = 3;

    public static readonly PasswordOwner Nobody = new(string.Empty, []);

    public static PasswordOwner Of(Contact contact) =>
        new(contact.UserId, [.. new[] { contact.FirstName, contact.LastName }.OfType<string>()]);

    /// <summary>The lower-case strings the password may not contain.</summary>
    public IReadOnlyList<string> ForbiddenParts()
    {
        var parts = Parts(UserId, UserIdPartMin).Concat(Names.SelectMany(n => Parts(n, NamePartMin)));
        if (UserId.Length > 0)
            parts = parts.Append(UserId.ToLowerInvariant());
        return [.. parts.Distinct()];
    }

    private static IEnumerable<string> Parts(string text, int min) =>
        NonAlphanumeric().Split(text.ToLowerInvariant()).Where(p => p.Length >= min);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
