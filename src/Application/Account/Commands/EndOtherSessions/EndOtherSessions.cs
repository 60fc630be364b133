using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account.Commands.EndOtherSessions;

/// <summary>AUTH-6: "sign out all other sessions": every browser of the user but this one.</summary>
public sealed record EndOtherSessions(string? IpAddress, string? UserAgent) : ICommand, IAllowed
{
    public Roles Allowed => Roles.SignedIn;
}

public sealed class EndOtherSessionsHandler(IUserSessions sessions, ICurrentUser user, LoginHistoryRecorder history) : ICommandHandler<EndOtherSessions>
{
    private Guid Me => user.ContactId ?? throw new UnauthenticatedException();

    public async ValueTask<Unit> Handle(EndOtherSessions command, CancellationToken cancellationToken)
    {
        if (await sessions.EndOthersAsync(Me, cancellationToken) is var ended and > 0)
        {
            await history.RecordAsync(LoginEventKind.Logout, user.UserId ?? string.Empty, Me, command.IpAddress, command.UserAgent,
                cancellationToken, detail: $"{ended} other sessions ended from the profile");
        }

        return Unit.Value;
    }
}
