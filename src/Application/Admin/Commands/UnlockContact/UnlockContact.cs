using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;
namespace Portal.Application.Admin.Commands.UnlockContact;

/// <summary>
/// AUTH-2 (guide 5.1.3): a customer admin unlocks a locked user of its own company at once, before the
/// 20 minutes are over; a provider admin any user. Another company's contact does not exist for the admin.
/// </summary>
public sealed record UnlockContact(Guid ContactId, string? IpAddress, string? UserAgent) : ICommand<bool>, IAllowed
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class UnlockContactHandler(IApplicationDbContext db, ICurrentUser user, IAccountSecurity security, LoginHistoryRecorder history)
    : ICommandHandler<UnlockContact, bool>
{
    public async ValueTask<bool> Handle(UnlockContact command, CancellationToken cancellationToken)
    {
        var target = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == command.ContactId) // another company's contact is outside the "Company" filter
            .Select(c => new { c.Id, c.UserId })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var wasLocked = await security.UnlockAsync(target.Id, cancellationToken);
        if (wasLocked)
            await history.RecordAsync(LoginEventKind.Unlocked, target.UserId, target.Id, command.IpAddress, command.UserAgent, cancellationToken,
                detail: $"by {user.UserId}");
        return wasLocked;
    }
}
