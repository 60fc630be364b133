namespace Portal.Application.Common.Interfaces;

/// <summary>One transaction per command: the change and its outbox rows commit together (MAIL-2).</summary>
public interface IUnitOfWork
{
    bool InTransaction { get; }

    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Saves tracked changes (domain events become outbox rows) and commits.</summary>
    /// <returns>Whether the commit wrote outbox rows, i.e. whether there is something to deliver.</returns>
    Task<bool> CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
