using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Portal.Application.Common.Interfaces;

namespace Portal.Application.Common.Behaviours;

/// <summary>Logs every message with its user and duration (NFR-5); never the message body (it may hold secrets).</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Handled(MessageName, user.UserId, elapsed);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Failed(MessageName, user.UserId, ex.GetType().Name, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {User} handled in {Elapsed:0.0} ms")]
    private partial void Handled(string message, string? user, double elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} by {User} failed with {Error} after {Elapsed:0.0} ms")]
    private partial void Failed(string message, string? user, string error, double elapsed);
}
