using Mediator;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Application.Integrations.Clients;

namespace Portal.Application.Integrations.Commands.SetApiClientEnabled;

/// <summary>API-1: a provider admin disables a client (its tokens stop working at once) or enables it again.</summary>
public sealed record SetApiClientEnabled(string ClientId, bool Enabled) : ICommand, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class SetApiClientEnabledHandler(IApiClients clients, IApplicationDbContext db, ICurrentUser principal, TimeProvider clock)
    : ICommandHandler<SetApiClientEnabled>
{
    public async ValueTask<Unit> Handle(SetApiClientEnabled command, CancellationToken cancellationToken)
    {
        var row = await clients.FindAsync(command.ClientId, cancellationToken) ?? throw new NotFoundException();
        if (row.Enabled == command.Enabled)
            return Unit.Value;
        await clients.SetEnabledAsync(row.ClientId, command.Enabled, cancellationToken);
        ApiClientRules.Audit(db, principal, clock, "Modified", row.Id, new { row.Enabled }, new { command.Enabled });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
