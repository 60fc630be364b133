using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

/// <summary>A contact started or stopped watching the case (CASE-10).</summary>
public sealed record CaseWatchChanged(Guid CaseId, Guid ContactId, bool Watching, DateTimeOffset At) : IDomainEvent;
