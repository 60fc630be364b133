using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Account.Profile;

/// <summary>AUTH-5 (a): turn e-mail codes at sign-in on or off for oneself.</summary>
public sealed record SetEmailMfa(bool Enabled) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

/// <summary>AUTH-5 (b), guide 4.13.3: a new authenticator-app secret to scan.</summary>
public sealed record BeginTotpSetup : ICommand<TotpSetup>, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

/// <summary>AUTH-5 (b): the first code from the app confirms the setup.</summary>
public sealed record ConfirmTotp(string Code) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed record DisableTotp : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

/// <summary>AUTH-5 (d): stop skipping MFA on a remembered browser.</summary>
public sealed record ForgetBrowser(Guid BrowserId) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class ConfirmTotpValidator : AbstractValidator<ConfirmTotp>
{
    public ConfirmTotpValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(16);
}

public sealed class MfaSettingsHandler(IApplicationDbContext db, ICurrentUser user, IAccountSecurity security, TimeProvider clock)
    : ICommandHandler<SetEmailMfa>, ICommandHandler<BeginTotpSetup, TotpSetup>, ICommandHandler<ConfirmTotp>,
      ICommandHandler<DisableTotp>, ICommandHandler<ForgetBrowser>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(SetEmailMfa command, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == Me, cancellationToken);
        contact.SetEmailMfa(command.Enabled, clock.GetUtcNow());
        return Unit.Value;
    }

    public async ValueTask<TotpSetup> Handle(BeginTotpSetup command, CancellationToken cancellationToken) =>
        await security.BeginTotpSetupAsync(Me, cancellationToken);

    public async ValueTask<Unit> Handle(ConfirmTotp command, CancellationToken cancellationToken) =>
        await security.ConfirmTotpAsync(Me, command.Code, cancellationToken)
            ? Unit.Value
            : throw new DomainRuleException("Mfa.WrongCode");

    public async ValueTask<Unit> Handle(DisableTotp command, CancellationToken cancellationToken)
    {
        await security.DisableTotpAsync(Me, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ForgetBrowser command, CancellationToken cancellationToken) =>
        await security.ForgetBrowserAsync(Me, command.BrowserId, cancellationToken) ? Unit.Value : throw new NotFoundException();
}
