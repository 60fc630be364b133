using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Common.Behaviours;

/// <summary>Deny by default: a message that does not declare <see cref="IAllowed"/> is never handled.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IAllowed allowed)
            throw new ForbiddenAccessException($"{typeof(TMessage).Name} declares no allowed roles.");
        if ((allowed.Allowed & Roles.Anonymous) == 0)
        {
            if (!user.IsAuthenticated)
                throw new UnauthenticatedException();
            if ((allowed.Allowed & user.Role) == 0)
                throw new ForbiddenAccessException();
        }

        return next(message, cancellationToken);
    }
}
