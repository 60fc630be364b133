using FluentValidation;
using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.RenamePasskey;

/// <summary>AUTH-9: a passkey of the user's own gets a new name; another's does not exist for it.</summary>
public sealed record RenamePasskey(string PasskeyId, string Name) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class RenamePasskeyValidator : AbstractValidator<RenamePasskey>
{
    public RenamePasskeyValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(PasskeyName.Max);
}

public sealed class RenamePasskeyHandler(IPasskeys passkeys, ICurrentUser user) : ICommandHandler<RenamePasskey>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(RenamePasskey command, CancellationToken cancellationToken) =>
        await passkeys.RenameAsync(Me, command.PasskeyId, command.Name.Trim(), cancellationToken) ? Unit.Value : throw new NotFoundException();
}
