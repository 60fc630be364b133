using Mediator;
using Portal.Application.Common.Security;
using Portal.Application.Integrations.Clients;

namespace Portal.Application.Integrations.Queries.ListApiClients;

/// <summary>API-1: the registered clients, for the provider's admins.</summary>
public sealed record ListApiClients : IQuery<IReadOnlyList<ApiClientRow>>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class ListApiClientsHandler(IApiClients clients) : IQueryHandler<ListApiClients, IReadOnlyList<ApiClientRow>>
{
    public async ValueTask<IReadOnlyList<ApiClientRow>> Handle(ListApiClients query, CancellationToken cancellationToken) =>
        await clients.ListAsync(cancellationToken);
}
