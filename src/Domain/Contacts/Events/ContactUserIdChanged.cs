using Portal.Domain.Common;

namespace Portal.Domain.Contacts.Events;

public sealed record ContactUserIdChanged(Guid ContactId, string OldUserId, string NewUserId, DateTimeOffset At) : IDomainEvent;
