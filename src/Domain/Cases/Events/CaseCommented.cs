using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

/// <summary>A comment was added. Work notes (<see cref="IsWorkNote"/>) must never reach a customer (AGT-1).</summary>
public sealed record CaseCommented(Guid CaseId, string Number, Guid CommentId, Guid AuthorId, bool IsFromAgent, bool IsWorkNote, DateTimeOffset At) : IDomainEvent;
