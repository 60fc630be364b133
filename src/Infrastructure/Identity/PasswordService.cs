using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Passwords;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// The password operations of Identity for the use cases (AUTH-4, AUTH-7). Counters are saved in the
/// command's transaction with an explicit save: Identity's UpdateAsync would also rotate the concurrency
/// stamp, and a concurrency failure on a known user only would tell an attacker the user ID exists.
/// </summary>
internal sealed class PasswordService(UserManager<PortalUser> users, PortalDbContext db, TimeProvider clock) : IPasswordService
{
    public async Task<ResetRequest> RequestResetAsync(string userId, string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userId);
        var id = user?.Id ?? Guid.Empty;
        var contact = await db.ContactsSigningIn().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Email, c.IsActive }).FirstOrDefaultAsync(cancellationToken);
        // Read in every branch (an unknown ID reads nothing): the mails of the last hour count (AUTH-10).
        var mails = await db.ResetMails.Where(m => m.UserId == id).ToListAsync(cancellationToken);
        if (user is null || contact is null)
            return await WithoutLinkAsync(new(ResetDecision.UnknownUser, null, null, null));
        if (!contact.IsActive)
            return await WithoutLinkAsync(new(ResetDecision.Disabled, user.Id, null, null));

        var now = clock.GetUtcNow();
        var matches = string.Equals(contact.Email.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);
        var (decision, next) = ResetRules.Decide(
            new ResetState(user.ResetMismatches, user.ResetBlockedUntil, user.PasswordResetAt, [.. mails.Select(m => m.SentAt)]), matches, now);
        user.ResetMismatches = next.Mismatches;
        user.ResetBlockedUntil = next.BlockedUntil;
        if (ResetRules.SendsMail(decision))
        {
            db.ResetMails.RemoveRange(mails.Where(m => !ResetRules.InMailWindow(m.SentAt, now)));
            db.ResetMails.Add(new ResetMail { UserId = user.Id, SentAt = now });
        }

        if (decision == ResetDecision.LinkIssued)
            user.ResetLinkId = Guid.CreateVersion7(); // AUTH-10: the new link is the only one that works
        var token = await users.GeneratePasswordResetTokenAsync(decision == ResetDecision.LinkIssued ? user : Throwaway());
        await db.SaveChangesAsync(cancellationToken);
        return new(decision, user.Id, decision == ResetDecision.LinkIssued ? token : null, user.PasswordResetAt);
    }

    /// <summary>A token is made in every branch, for a throwaway user when none is mailed: the time taken tells nothing.</summary>
    private async Task<ResetRequest> WithoutLinkAsync(ResetRequest request)
    {
        await users.GeneratePasswordResetTokenAsync(Throwaway());
        return request;
    }

    private static PortalUser Throwaway() => new() { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid().ToString() };

    public async Task<bool> IsResetLinkValidAsync(Guid contactId, string token) =>
        await users.FindByIdAsync(contactId.ToString()) is { } user
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, token);

    public async Task<bool> ResetAsync(Guid contactId, string token, string newPassword)
    {
        if (await users.FindByIdAsync(contactId.ToString()) is not { } user)
            return false;
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
            return result.Errors.Any(e => e.Code == users.ErrorDescriber.InvalidToken().Code) ? false : throw Refused(result);

        var now = clock.GetUtcNow();
        user.PasswordResetAt = now; // AUTH-4: starts the 24-hour cool-down
        user.PasswordChangedAt = now;
        user.ResetLinkId = null;
        user.ResetMismatches = 0;
        user.ResetBlockedUntil = null;
        await db.SaveChangesAsync();
        return true;
    }

    public async Task<PasswordChangeResult> ChangeAsync(Guid contactId, string currentPassword, string newPassword)
    {
        var user = await users.FindByIdAsync(contactId.ToString()) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        if (await users.IsLockedOutAsync(user))
            return PasswordChangeResult.WrongPassword;
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Errors.Any(e => e.Code == users.ErrorDescriber.PasswordMismatch().Code))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? PasswordChangeResult.LockedNow : PasswordChangeResult.WrongPassword;
        }

        if (!result.Succeeded)
            throw Refused(result);
        await users.ResetAccessFailedCountAsync(user);
        user.PasswordChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return PasswordChangeResult.Changed;
    }

    /// <summary>Identity refused the new password: its reasons are PasswordPolicy's, already in the user's language.</summary>
    private static ValidationException Refused(IdentityResult result) =>
        new(result.Errors.Select(e => new ValidationFailure("NewPassword", e.Description) { ErrorCode = e.Code }));
}
