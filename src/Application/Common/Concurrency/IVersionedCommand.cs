namespace Portal.Application.Common.Concurrency;

/// <summary>
/// NFR-4: a command that changes an existing aggregate. <see cref="Version"/> is the aggregate's version
/// the user's page (or API client) was showing; see <see cref="OptimisticConcurrency"/>.
/// </summary>
public interface IVersionedCommand
{
    long Version { get; }
}
