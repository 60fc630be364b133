using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Commands.ForgetBrowser;

/// <summary>AUTH-5 (d): stop skipping MFA on a remembered browser.</summary>
public sealed record ForgetBrowser(Guid BrowserId) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class ForgetBrowserHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<ForgetBrowser>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(ForgetBrowser command, CancellationToken cancellationToken) =>
        await security.ForgetBrowserAsync(Me, command.BrowserId, cancellationToken) ? Unit.Value : throw new NotFoundException();
}
