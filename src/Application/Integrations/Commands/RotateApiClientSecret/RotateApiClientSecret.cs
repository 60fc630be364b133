using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Integrations.Clients;

namespace Portal.Application.Integrations.Commands.RotateApiClientSecret;

/// <summary>API-1: a new secret for a client, returned once; the old one stops working at once.</summary>
public sealed record RotateApiClientSecret(string ClientId) : ICommand<string>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class RotateApiClientSecretHandler(IApiClients clients, IApplicationDbContext db, ICurrentUser principal, TimeProvider clock)
    : ICommandHandler<RotateApiClientSecret, string>
{
    public async ValueTask<string> Handle(RotateApiClientSecret command, CancellationToken cancellationToken)
    {
        var row = await clients.FindAsync(command.ClientId, cancellationToken) ?? throw new NotFoundException();
        var secret = ApiClientRules.NewSecret();
        await clients.SetSecretAsync(row.ClientId, secret, cancellationToken);
        // The trail says that the secret changed, never what it is.
        ApiClientRules.Audit(db, principal, clock, "Modified", row.Id, new { Secret = "(previous)" }, new { Secret = "(rotated)" });
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }
}
