using FluentValidation;
using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Account.Passkeys;

/// <summary>AUTH-9: the WebAuthn creation options for a new passkey of the signed-in user.</summary>
public sealed record BeginPasskeyRegistration : ICommand<string>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

/// <summary>AUTH-9: stores the passkey the browser created, under the name the user gave it.</summary>
public sealed record RegisterPasskey(string CredentialJson, string Name) : ICommand, IAllowed
{
    public const int NameMax = 100;

    public Roles Allowed => Roles.SignedIn;
}

public sealed record RenamePasskey(string PasskeyId, string Name) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed record RemovePasskey(string PasskeyId) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class RegisterPasskeyValidator : AbstractValidator<RegisterPasskey>
{
    public RegisterPasskeyValidator()
    {
        RuleFor(x => x.CredentialJson).NotEmpty().MaximumLength(64 * 1024);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(RegisterPasskey.NameMax);
    }
}

public sealed class RenamePasskeyValidator : AbstractValidator<RenamePasskey>
{
    public RenamePasskeyValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(RegisterPasskey.NameMax);
}

public sealed class PasskeyHandlers(IPasskeys passkeys, ICurrentUser user)
    : ICommandHandler<BeginPasskeyRegistration, string>, ICommandHandler<RegisterPasskey>, ICommandHandler<RenamePasskey>,
      ICommandHandler<RemovePasskey>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<string> Handle(BeginPasskeyRegistration command, CancellationToken cancellationToken) =>
        await passkeys.CreationOptionsAsync(Me, cancellationToken);

    public async ValueTask<Unit> Handle(RegisterPasskey command, CancellationToken cancellationToken) =>
        await passkeys.RegisterAsync(Me, command.CredentialJson, command.Name.Trim(), cancellationToken)
            ? Unit.Value
            : throw new DomainRuleException("Passkey.NotVerified");

    public async ValueTask<Unit> Handle(RenamePasskey command, CancellationToken cancellationToken) =>
        await passkeys.RenameAsync(Me, command.PasskeyId, command.Name.Trim(), cancellationToken) ? Unit.Value : throw new NotFoundException();

    public async ValueTask<Unit> Handle(RemovePasskey command, CancellationToken cancellationToken) =>
        await passkeys.RemoveAsync(Me, command.PasskeyId, cancellationToken) ? Unit.Value : throw new NotFoundException();
}
