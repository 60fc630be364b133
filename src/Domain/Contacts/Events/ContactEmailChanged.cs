using Portal.Domain.Common;

namespace Portal.Domain.Contacts.Events;

public sealed record ContactEmailChanged(Guid ContactId, string OldEmail, string NewEmail, DateTimeOffset At) : IDomainEvent;
