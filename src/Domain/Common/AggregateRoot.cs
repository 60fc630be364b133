namespace Portal.Domain.Common;

/// <summary>
/// The consistency boundary: rules are enforced here, changes raise domain events that reach the
/// outbox in the same transaction (MAIL-2), and <see cref="Version"/> detects concurrent edits (NFR-4).
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _events = [];

    /// <summary>Optimistic concurrency token, advanced by the persistence layer on every save.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    public void ClearDomainEvents() => _events.Clear();
}
