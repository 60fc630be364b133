using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Behaviours;

namespace Portal.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the source-generated mediator (scoped: handlers hold the request's DbContext),
    /// the pipeline in its fixed order (logging → principal → authorization → validation → unit of work; streams alike without the unit of work), validators and event handlers.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.Namespace = "Portal.Application.Mediator";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(PrincipalBehaviour<,>),
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>),
            ];
            options.StreamPipelineBehaviors =
            [
                typeof(StreamLoggingBehaviour<,>),
                typeof(StreamPrincipalBehaviour<,>),
                typeof(StreamAuthorizationBehaviour<,>),
                typeof(StreamValidationBehaviour<,>),
            ];
        });
        FieldNames.UseForValidation();
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddDomainEventHandlers();
        services.AddScoped<Account.LoginHistoryRecorder>();
        services.AddScoped<Account.SignInRecorder>();
        services.AddScoped<Common.Files.FileUploads>();
        return services;
    }

    private static void AddDomainEventHandlers(this IServiceCollection services)
    {
        var handlerInterface = typeof(Common.Outbox.IDomainEventHandler<>);
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == handlerInterface))
                services.AddScoped(contract, type);
        }
    }
}
