using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Application.Common.Mail;
using Portal.Application.Common.Outbox;
using Portal.Domain.Common;
using Portal.Domain.Outbox;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// Delivers due outbox rows (MAIL-2). Each row is claimed with an atomic conditional update so that
/// several nodes never work the same row; a failure leaves the row for a later attempt with backoff.
/// Delivery is at-least-once: the Message-ID of a mail is the row id, so a retry is recognisable.
/// </summary>
public sealed partial class OutboxProcessor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxProcessor> logger)
{
    public const string MailType = "mail";
    private const int BatchSize = 50;
    /// <summary>
    /// How long a claimed row is another node's: longer than a send can take (the SMTP timeout, 30 s by default), short
    /// enough that the rows of a node that crashed go out a couple of minutes later (NFR-2).
    /// </summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Processes every row that is due now, including the mails an event's handlers enqueue on the way, so a
    /// case change's mails leave in the run its commit woke, not at the next sweep; returns how many rows
    /// were processed. A row that fails is not due again before its retry time, so the run ends.
    /// </summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            var batch = await DueIdsAsync(cancellationToken);
            var progressed = 0;
            foreach (var id in batch)
            {
                // NFR-2: a node that is stopping takes no new row; the other nodes deliver it.
                cancellationToken.ThrowIfCancellationRequested();
                if (!await TryClaimAsync(id, cancellationToken))
                    continue;
                progressed++;
                if (await ProcessAsync(id, cancellationToken))
                    delivered++;
            }

            if (progressed == 0)
                return delivered;
        }
    }

    private async Task<List<Guid>> DueIdsAsync(CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        return await db.Set<OutboxMessage>()
            .Where(OutboxMessage.DueAt(now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TryClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        var claimed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id)
            .Where(OutboxMessage.DueAt(now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> ProcessAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = SystemScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<PortalDbContext>();
            var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
            if (message.Type == MailType)
            {
                // No transaction around SMTP: the claim already keeps other workers off this row, and a
                // transaction held through a slow mail server would block every writer (SQLite locks the file).
                var mail = JsonSerializer.Deserialize<MailEnvelope>(message.Payload)
                    ?? throw new InvalidOperationException("Empty mail payload.");
                await services.GetRequiredService<IMailSender>().SendAsync(mail, message.Id, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
                if (mail.Secret)
                    message.Forget();
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }

            // An event's reactions (usually mails to send) commit together with the row being marked done.
            await db.BeginAsync(cancellationToken);
            await DispatchEventAsync(services, message, cancellationToken);
            message.MarkProcessed(clock.GetUtcNow());
            await db.CommitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping (SIGTERM): the row goes back at once, unprocessed and without a failed attempt,
            // instead of waiting out its claim; a mail cut off mid-send may go out twice, with the same Message-ID.
            await ReleaseAsync(id);
            throw;
        }
#pragma warning disable CA1031 // any failure of one row is recorded on it and retried; the others go on
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Failed(id, ex);
            await RecordFailureAsync(id, ex, cancellationToken);
            return false;
        }
    }

    private static async Task DispatchEventAsync(IServiceProvider services, OutboxMessage message, CancellationToken cancellationToken)
    {
        // Only types of the Domain assembly that are domain events can be named by a row.
        var type = typeof(IDomainEvent).Assembly.GetType(message.Type, throwOnError: false);
        if (type is null || !typeof(IDomainEvent).IsAssignableFrom(type))
            throw new InvalidOperationException($"Unknown event type {message.Type}.");
        var domainEvent = (IDomainEvent)(JsonSerializer.Deserialize(message.Payload, type)
            ?? throw new InvalidOperationException("Empty event payload."));
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(type);
        var handle = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
        foreach (var handler in services.GetServices(handlerType))
            await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
    }

    private async Task ReleaseAsync(Guid id)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
        Released(id);
    }

    private async Task RecordFailureAsync(Guid id, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
        message.MarkFailed($"{error.GetType().Name}: {error.Message}", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private AsyncServiceScope SystemScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {Id} released: the node is stopping")]
    private partial void Released(Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} failed; it will be retried")]
    private partial void Failed(Guid id, Exception error);
}
