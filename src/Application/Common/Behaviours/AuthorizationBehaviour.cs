using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Common.Behaviours;

/// <summary>Deny by default: a message that does not declare <see cref="IAllowed"/> is never handled.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Access.Demand(message, user);
        return next(message, cancellationToken);
    }
}
