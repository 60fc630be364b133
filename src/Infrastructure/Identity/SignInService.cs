using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Password and second-factor sign-in with Identity's lockout (AUTH-2, AUTH-5). A disabled contact, an
/// unknown user ID and a locked account get the same answer as a wrong password, and the password hasher
/// runs in every case, so neither the answer nor its timing tells them apart.
/// </summary>
internal sealed class SignInService(PortalSignInManager signIn, PortalDbContext db) : ISignInService
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()));

    private UserManager<PortalUser> Users => signIn.UserManager;

    public async Task<SignInCheck> PasswordSignInAsync(string userId, string password, CancellationToken cancellationToken)
    {
        var user = await Users.FindByNameAsync(userId);
        if (user is null)
        {
            Users.PasswordHasher.VerifyHashedPassword(new PortalUser(), DummyHash.Value, password);
            return new(SignInStatus.Failed, null);
        }

        if (!await db.ContactsSigningIn().AnyAsync(c => c.Id == user.Id && c.IsActive, cancellationToken))
        {
            Users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash.Value, password);
            return new(SignInStatus.Failed, user.Id);
        }

        if (await Users.IsLockedOutAsync(user))
        {
            // Identity refuses a locked user before hashing: hash anyway, or the quick answer would tell.
            Users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash.Value, password);
            return new(SignInStatus.LockedOut, user.Id);
        }

        return Checked(await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true), user.Id);
    }

    public async Task<MfaChallenge?> PendingMfaAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return null;
        List<MfaMethod> methods = [];
        foreach (var provider in await Users.GetValidTwoFactorProvidersAsync(user))
        {
            if (provider == EmailCodeProvider.Name)
                methods.Add(MfaMethod.EmailCode);
            else if (provider == TotpProvider.Name)
                methods.Add(MfaMethod.Totp);
        }

        var email = await db.ContactsSigningIn().Where(c => c.Id == user.Id).Select(c => c.Email).SingleAsync(cancellationToken);
        var lastCode = await db.EmailCodes.Where(c => c.UserId == user.Id).OrderByDescending(c => c.CreatedAt)
            .Select(c => (DateTimeOffset?)c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new MfaChallenge(user.Id, user.UserName!, [.. methods.Order()], email, lastCode);
    }

    public async Task<string> IssueEmailCodeAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var user = await Users.FindByIdAsync(contactId.ToString()) ?? throw new InvalidOperationException("No such user.");
        return await Users.GenerateTwoFactorTokenAsync(user, EmailCodeProvider.Name);
    }

    public async Task<SignInCheck> MfaSignInAsync(MfaMethod method, string code, bool rememberBrowser, string? ipAddress, string? userAgent)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return new(SignInStatus.Failed, null);
        var provider = method == MfaMethod.Totp ? TotpProvider.Name : EmailCodeProvider.Name;
        var result = await signIn.TwoFactorSignInAsync(provider, code, isPersistent: false, rememberClient: false);
        if (result.Succeeded && rememberBrowser)
        {
            signIn.RememberBrowser(user, ipAddress, userAgent);
            await db.SaveChangesAsync();
        }

        return Checked(result, user.Id);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    public async Task RefreshAsync(Guid contactId)
    {
        var user = await Users.FindByIdAsync(contactId.ToString())
            ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        await signIn.RefreshSignInAsync(user);
    }

    private static SignInCheck Checked(Microsoft.AspNetCore.Identity.SignInResult result, Guid contactId) => result switch
    {
        { Succeeded: true } => new(SignInStatus.Succeeded, contactId),
        { RequiresTwoFactor: true } => new(SignInStatus.RequiresMfa, contactId),
        // Locked by this attempt: the earlier check let it through unlocked.
        { IsLockedOut: true } => new(SignInStatus.LockedOut, contactId, LockedNow: true),
        _ => new(SignInStatus.Failed, contactId),
    };
}
