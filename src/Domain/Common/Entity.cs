namespace Portal.Domain.Common;

/// <summary>An object with an identity of its own inside an aggregate.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
