using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Password sign-in with Identity's lockout (AUTH-2). A disabled contact and an unknown user ID get the
/// same answer as a wrong password, and the password hasher runs in every case, so neither the
/// answer nor its timing tells them apart.
/// </summary>
internal sealed class SignInService(SignInManager<PortalUser> signIn, PortalDbContext db) : ISignInService
{
    public async Task<(PasswordSignInResult Result, Guid? ContactId)> PasswordSignInAsync(string userId, string password, CancellationToken cancellationToken)
    {
        var user = await signIn.UserManager.FindByNameAsync(userId);
        if (user is null)
        {
            // Same work as a real check, against a throwaway hash.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new PortalUser(), DummyHash.Value, password);
            return (PasswordSignInResult.Failed, null);
        }

        var active = await db.Contacts.AnyAsync(c => c.Id == user.Id && c.IsActive, cancellationToken);
        if (!active)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash.Value, password);
            return (PasswordSignInResult.Failed, user.Id);
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            // Identity refuses a locked user before hashing: hash anyway, or the quick answer would tell.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash.Value, password);
            return (PasswordSignInResult.LockedOut, user.Id);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return (result.Succeeded ? PasswordSignInResult.Succeeded : result.IsLockedOut ? PasswordSignInResult.LockedOut : PasswordSignInResult.Failed, user.Id);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    public async Task RefreshAsync(Guid contactId)
    {
        var user = await signIn.UserManager.FindByIdAsync(contactId.ToString())
            ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        await signIn.RefreshSignInAsync(user);
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()));
}
