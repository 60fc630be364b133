using FluentValidation;
using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Account.Commands.RegisterPasskey;

/// <summary>AUTH-9: stores the passkey the browser created, under the name the user gave it.</summary>
public sealed record RegisterPasskey(string CredentialJson, string Name) : ICommand, IAllowed
{
    public const int NameMax = PasskeyName.Max;

    public Roles Allowed => Roles.SignedIn;
}

public sealed class RegisterPasskeyValidator : AbstractValidator<RegisterPasskey>
{
    public RegisterPasskeyValidator()
    {
        RuleFor(x => x.CredentialJson).NotEmpty().MaximumLength(64 * 1024);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(PasskeyName.Max);
    }
}

public sealed class RegisterPasskeyHandler(IPasskeys passkeys, ICurrentUser user) : ICommandHandler<RegisterPasskey>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(RegisterPasskey command, CancellationToken cancellationToken) =>
        await passkeys.RegisterAsync(Me, command.CredentialJson, command.Name.Trim(), cancellationToken)
            ? Unit.Value
            : throw new DomainRuleException("Passkey.NotVerified");
}
