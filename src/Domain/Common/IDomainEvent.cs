namespace Portal.Domain.Common;

/// <summary>A fact that happened to an aggregate; serialized to the outbox with the change (MAIL-2).</summary>
#pragma warning disable CA1040 // marker interface: events are records with no common member
public interface IDomainEvent;
#pragma warning restore CA1040
