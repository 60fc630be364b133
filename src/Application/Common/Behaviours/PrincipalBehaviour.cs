using Mediator;
using Portal.Application.Common.Interfaces;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Loads the caller's role and scope (once per request) before authorization and before any handler
/// queries: the named filters then read a scope that is already there, never a blocking load.
/// </summary>
public sealed class PrincipalBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await user.LoadAsync(cancellationToken);
        return await next(message, cancellationToken);
    }
}
