namespace Portal.Domain.Common;

/// <summary>
/// A child of an aggregate that is one person's own setting rather than part of the aggregate's state
/// (e.g. a watcher): adding or removing it does not advance the aggregate's <see cref="AggregateRoot.Version"/> (NFR-4).
/// </summary>
public interface IUnversionedChild;
