using Portal.Domain.Common;

namespace Portal.Domain.Contacts.Events;

public sealed record ContactCreated(Guid ContactId, Guid? CompanyId, string UserId, string Email, ContactRole Role, DateTimeOffset At) : IDomainEvent;
