using Portal.Domain.Common;

namespace Portal.Domain.Cases.Events;

public sealed record CaseAttachmentAdded(Guid CaseId, string Number, Guid AttachmentId, string FileName, Guid UploadedById, DateTimeOffset At) : IDomainEvent;
