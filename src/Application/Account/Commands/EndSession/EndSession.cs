using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.Commands.EndSession;

/// <summary>AUTH-6: ends one of the user's own sessions from the profile; another user's session does not exist for it.</summary>
public sealed record EndSession(Guid SessionId, string? IpAddress, string? UserAgent) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class EndSessionHandler(IUserSessions sessions, ICurrentUser user, LoginHistoryRecorder history) : ICommandHandler<EndSession>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(EndSession command, CancellationToken cancellationToken)
    {
        if (!await sessions.EndAsync(Me, command.SessionId, cancellationToken))
            throw new NotFoundException();
        // AUTH-8: an ended session is a logout of that browser, done from this one.
        await history.RecordAsync(LoginEventKind.Logout, user.UserId ?? string.Empty, Me, command.IpAddress, command.UserAgent,
            cancellationToken, detail: "session ended from the profile");
        return Unit.Value;
    }
}
