using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Streams (exports, HIST-2) bypass the request pipeline, so they get the same deny-by-default check.
/// It runs when the stream is created, before the first row is read, so a refused caller gets the
/// exception from CreateStream itself, before a response has started.
/// </summary>
public sealed class StreamAuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IStreamMessage
{
    public IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Access.Demand(message, user);
        return next(message, cancellationToken);
    }
}
