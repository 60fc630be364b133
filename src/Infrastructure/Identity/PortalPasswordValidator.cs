using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Passwords;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-3 inside Identity, so that no way of setting a password (change, reset, a new user, the demo seed)
/// gets around <see cref="PasswordPolicy"/>.
/// </summary>
internal sealed class PortalPasswordValidator(PortalDbContext db) : IPasswordValidator<PortalUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        // A contact added in this unit of work and not saved yet (a new contact, the demo seed) is only in Local.
        var contact = db.Contacts.Local.FirstOrDefault(c => c.Id == user.Id)
            ?? await db.ContactsSigningIn().FirstOrDefaultAsync(c => c.Id == user.Id);
        var owner = contact is null ? new PasswordOwner(user.UserName ?? string.Empty, []) : PasswordOwner.Of(contact);
        var failed = PasswordPolicy.Check(password ?? string.Empty, owner);
        return failed.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. failed.Select(rule => new IdentityError { Code = PasswordPolicy.Code(rule), Description = PasswordText.Get(rule) })]);
    }
}
