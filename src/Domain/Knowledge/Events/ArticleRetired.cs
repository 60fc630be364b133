using Portal.Domain.Common;

namespace Portal.Domain.Knowledge.Events;

public sealed record ArticleRetired(Guid ArticleId, string Number, DateTimeOffset At) : IDomainEvent;
