using Portal.Domain.Common;

namespace Portal.Domain.Announcements;

/// <summary>ANN-2: the banner's × hides it for that contact forever (the list still shows it).</summary>
public sealed class AnnouncementDismissal : Entity
{
    private AnnouncementDismissal(Guid announcementId, Guid contactId, DateTimeOffset dismissedAt)
    {
        AnnouncementId = announcementId;
        ContactId = contactId;
        DismissedAt = dismissedAt;
    }

    public Guid AnnouncementId { get; private set; }

    public Guid ContactId { get; private set; }

    public DateTimeOffset DismissedAt { get; private set; }

    public static AnnouncementDismissal Record(Guid announcementId, Guid contactId, DateTimeOffset now) =>
        new(announcementId, contactId, now);
}
