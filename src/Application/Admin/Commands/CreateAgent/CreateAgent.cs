using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.CreateAgent;

/// <summary>
/// AGT-3: a provider admin adds a member of the provider's staff, an agent or another provider admin, who gets the
/// activation mail (AUTH-4) like any new user. Staff belong to no company and see every customer (SPEC §2).
/// Returns the new contact's id.
/// </summary>
public sealed record CreateAgent(
    string? FirstName,
    string LastName,
    string? Title,
    string Email,
    string? PhoneBusiness,
    string? PhoneMobile,
    Language Language,
    string TimeZone,
    string UserId,
    bool IsProviderAdmin) : ICommand<Guid>, IAllowed, IContactPerson
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class CreateAgentValidator : ContactPersonValidator<CreateAgent>;

public sealed class CreateAgentHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IAccountSecurity security, IOutbox outbox,
    IOptions<PortalOptions> portal, TimeProvider clock) : ICommandHandler<CreateAgent, Guid>
{
    public async ValueTask<Guid> Handle(CreateAgent command, CancellationToken cancellationToken)
    {
        await UserIds.EnsureFreeAsync(db, command.UserId, Guid.Empty, cancellationToken);
        var agent = Contact.Create(null, command.UserId, command.Email, ContactLinks.Profile(command),
            command.IsProviderAdmin ? ContactRole.ProviderAdmin : ContactRole.Agent, emailMfaEnabled: false, clock.GetUtcNow());
        db.Contacts.Add(agent);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw UserIds.Taken();
        }

        await ContactAdmin.ActivateAsync(agent, security, outbox, portal.Value, cancellationToken);
        return agent.Id;
    }
}
