using Microsoft.AspNetCore.Identity;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// The sign-in side of a contact: password hash, lockout, security stamp, MFA and passkeys.
/// Its Id is the Contact's Id and its UserName the contact's user ID (AUTH-1); the profile lives on Contact.
/// </summary>
public sealed class PortalUser : IdentityUser<Guid>
{
}
