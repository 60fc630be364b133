using Portal.Domain.Common;

namespace Portal.Application.Common.Outbox;

/// <summary>
/// Reacts to a committed domain event, run by the outbox worker in its own unit of work, so the
/// reaction (usually mails to enqueue) is itself durable and retried on failure.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
