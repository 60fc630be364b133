using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the message, after the text check every message gets (<see cref="InputText"/>);
/// failures become field errors the page shows (localized by <see cref="ValidationText"/>).
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await Validation.EnsureValidAsync(validators, message, cancellationToken);
        return await next(message, cancellationToken);
    }
}

internal static class Validation
{
    public static async Task EnsureValidAsync<TMessage>(IEnumerable<IValidator<TMessage>> validators, TMessage message, CancellationToken cancellationToken)
        where TMessage : notnull
    {
        List<ValidationFailure> failures = [.. InputText.Check(message)];
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(message, cancellationToken)).Errors);
        if (failures.Count > 0)
            throw new ValidationException(failures);
    }
}
