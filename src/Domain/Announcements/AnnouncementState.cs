namespace Portal.Domain.Announcements;

/// <summary>ANN-1: where an announcement stands against its display window at a moment.</summary>
public enum AnnouncementState
{
    /// <summary>Its window has not started: nobody but the staff sees it yet.</summary>
    Upcoming,

    /// <summary>Inside its window: in the banner and the Announcements list.</summary>
    Active,

    /// <summary>Its window has ended: shown nowhere to customers.</summary>
    Ended,
}
