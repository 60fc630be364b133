using Mediator;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Commands.SetContactLogin;

/// <summary>
/// ADM-3, ADM-4 (guide 5.1.3): アクション › ログインを無効化 / ログインを有効化. Disabling ends the user's sessions at
/// once (AUTH-6); the company's last active admin cannot disable itself; provider admins also disable and enable agents (AGT-3); nobody deletes a contact.
/// </summary>
public sealed record SetContactLogin(Guid ContactId, long Version, bool Enabled) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class SetContactLoginHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetContactLogin>
{
    public async ValueTask<Unit> Handle(SetContactLogin command, CancellationToken cancellationToken)
    {
        var contact = await ContactAdmin.LoadAsync(db, command.ContactId, cancellationToken, staffToo: user.Role == Roles.ProviderAdmin);
        db.ExpectVersion(contact, command.Version, ContactAdmin.ChangedMeanwhile);
        if (command.Enabled)
            contact.Enable(clock.GetUtcNow());
        else
            contact.Disable(user.ContactId ?? Guid.Empty, await ContactAdmin.OtherActiveAdminsAsync(db, contact, cancellationToken), clock.GetUtcNow());
        await db.SaveExpectingVersionAsync(ContactAdmin.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
