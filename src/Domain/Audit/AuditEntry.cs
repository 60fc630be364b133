using Portal.Domain.Common;

namespace Portal.Domain.Audit;

/// <summary>AGT-4: who changed what and when, with the state before and after (JSON).</summary>
public sealed class AuditEntry : Entity
{
    public const int ActorUserIdMax = 256;
    public const int ActionMax = 100;
    public const int EntityTypeMax = 100;

    private AuditEntry(Guid actorId, string actorUserId, string action, string entityType, Guid entityId,
        DateTimeOffset at)
    {
        ActorId = actorId;
        ActorUserId = actorUserId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        At = at;
    }

    public Guid ActorId { get; private set; }

    /// <summary>The actor's login name then, kept even if it changes later.</summary>
    public string ActorUserId { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    public string? BeforeJson { get; private set; }

    public string? AfterJson { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static AuditEntry Record(Guid actorId, string actorUserId, string action, string entityType, Guid entityId,
        string? beforeJson, string? afterJson, DateTimeOffset now) =>
        new(actorId, Text.Required(actorUserId, ActorUserIdMax, nameof(ActorUserId)),
            Text.Required(action, ActionMax, nameof(Action)), Text.Required(entityType, EntityTypeMax, nameof(EntityType)),
            entityId, now)
        {
            BeforeJson = beforeJson,
            AfterJson = afterJson,
        };
}
