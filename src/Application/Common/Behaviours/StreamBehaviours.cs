using System.Runtime.CompilerServices;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Streams (exports, HIST-2) get the same steps as requests, in the same order: logging, principal,
/// authorization, validation, so an export refuses exactly what its list refuses. The steps run when
/// the first row is asked for, before any row is read; the web layer asks for it before it starts the
/// response, so a refusal still becomes a proper 4xx page.
/// </summary>
public sealed partial class StreamLoggingBehaviour<TMessage, TResponse>(ILogger<StreamLoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IStreamMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = 0L;
        var completed = false;
        try
        {
            await foreach (var item in next(message, cancellationToken).WithCancellation(cancellationToken))
            {
                rows++;
                yield return item;
            }

            completed = true;
        }
        finally
        {
            if (completed)
                Streamed(MessageName, user.UserId, rows);
            else
                Stopped(MessageName, user.UserId, rows);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {User} streamed {Rows} rows")]
    private partial void Streamed(string message, string? user, long rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} by {User} stopped after {Rows} rows")]
    private partial void Stopped(string message, string? user, long rows);
}

public sealed class StreamPrincipalBehaviour<TMessage, TResponse>(ICurrentUser user) : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IStreamMessage
{
    public async IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await user.LoadAsync(cancellationToken);
        await foreach (var item in next(message, cancellationToken).WithCancellation(cancellationToken))
            yield return item;
    }
}

public sealed class StreamAuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IStreamMessage
{
    public async IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Access.Demand(message, user);
        await foreach (var item in next(message, cancellationToken).WithCancellation(cancellationToken))
            yield return item;
    }
}

public sealed class StreamValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IStreamMessage
{
    public async IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Validation.EnsureValidAsync(validators, message, cancellationToken);
        await foreach (var item in next(message, cancellationToken).WithCancellation(cancellationToken))
            yield return item;
    }
}
