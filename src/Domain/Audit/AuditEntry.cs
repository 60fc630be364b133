using Portal.Domain.Common;

namespace Portal.Domain.Audit;

/// <summary>
/// AGT-4: who changed what and when, with the changed properties' values before and after (JSON objects of
/// the same keys). Written by the persistence layer for every auditable entity in the same transaction.
/// </summary>
public sealed class AuditEntry : Entity
{
    public const int ActorUserIdMax = 256;
    public const int ActionMax = 100;
    public const int EntityTypeMax = 100;

    private AuditEntry(Guid? actorId, string actorUserId, string action, string entityType, Guid entityId, Guid? companyId,
        DateTimeOffset at)
    {
        ActorId = actorId;
        ActorUserId = actorUserId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        CompanyId = companyId;
        At = at;
    }

    /// <summary>The contact who made the change; null for the system and API clients.</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>The actor's login name then ("system", "client:…"), kept even if it changes later.</summary>
    public string ActorUserId { get; private set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>The company owning the changed row, if any: its admins' view of the trail is filtered by it.</summary>
    public Guid? CompanyId { get; private set; }

    public string? BeforeJson { get; private set; }

    public string? AfterJson { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static AuditEntry Record(Guid? actorId, string actorUserId, string action, string entityType, Guid entityId,
        Guid? companyId, string? beforeJson, string? afterJson, DateTimeOffset now) =>
        new(actorId, Text.Required(actorUserId, ActorUserIdMax, nameof(ActorUserId)),
            Text.Required(action, ActionMax, nameof(Action)), Text.Required(entityType, EntityTypeMax, nameof(EntityType)),
            entityId, companyId, now)
        {
            BeforeJson = beforeJson,
            AfterJson = afterJson,
        };
}
