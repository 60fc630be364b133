using FluentValidation;
using Mediator;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.SetStaffRole;

/// <summary>
/// AGT-3: a provider admin makes an agent a provider admin or back; the last active provider admin cannot demote
/// itself. Takes effect on the member's next request (roles are read from the database per request).
/// </summary>
public sealed record SetStaffRole(Guid ContactId, long Version, ContactRole Role) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class SetStaffRoleValidator : AbstractValidator<SetStaffRole>
{
    public SetStaffRoleValidator() => RuleFor(x => x.Role).Must(r => r.IsProvider()).WithErrorCode("Role.NotStaff");
}

public sealed class SetStaffRoleHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SetStaffRole>
{
    public async ValueTask<Unit> Handle(SetStaffRole command, CancellationToken cancellationToken)
    {
        var member = await ContactAdmin.LoadAsync(db, command.ContactId, cancellationToken, staffToo: true);
        if (!member.Role.IsProvider())
            throw new NotFoundException();
        db.ExpectVersion(member, command.Version, ContactAdmin.ChangedMeanwhile);
        member.SetRole(command.Role, user.ContactId ?? Guid.Empty, await ContactAdmin.OtherActiveAdminsAsync(db, member, cancellationToken),
            clock.GetUtcNow());
        await db.SaveExpectingVersionAsync(ContactAdmin.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
