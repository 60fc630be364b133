using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Wraps each command in one transaction; queries pass through. After the commit the outbox worker is
/// woken so that mail leaves at once, while the committed outbox row remains the durable record.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork, IOutboxSignal outbox)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (unitOfWork.InTransaction)
            return await next(message, cancellationToken);

        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            if (await unitOfWork.CommitAsync(cancellationToken))
                outbox.Wake();
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
