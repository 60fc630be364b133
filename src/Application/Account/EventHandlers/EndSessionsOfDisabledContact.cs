using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;
using Portal.Domain.Contacts.Events;

namespace Portal.Application.Account.EventHandlers;

/// <summary>
/// AUTH-6: a disabled login keeps no sessions. The session store already refuses a disabled contact's
/// cookie on its next request; this removes the rows themselves, durably, once the change is committed.
/// </summary>
public sealed class EndSessionsOfDisabledContact(IUserSessions sessions) : IDomainEventHandler<ContactDisabled>
{
    public Task HandleAsync(ContactDisabled domainEvent, CancellationToken cancellationToken) =>
        sessions.EndAllAsync(domainEvent.ContactId, cancellationToken);
}
