using FluentValidation;
using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Account.Commands.ConfirmTotp;

/// <summary>AUTH-5 (b): the first code from the app confirms the setup.</summary>
public sealed record ConfirmTotp(string Code) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class ConfirmTotpValidator : AbstractValidator<ConfirmTotp>
{
    public ConfirmTotpValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(16);
}

public sealed class ConfirmTotpHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<ConfirmTotp>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(ConfirmTotp command, CancellationToken cancellationToken) =>
        await security.ConfirmTotpAsync(Me, command.Code, cancellationToken)
            ? Unit.Value
            : throw new DomainRuleException("Mfa.WrongCode");
}
