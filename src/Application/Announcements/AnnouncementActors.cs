using Portal.Application.Common.Security;

namespace Portal.Application.Announcements;

/// <summary>Who sends which announcement request (SPEC §2, ANN-1, ANN-2, AGT-2).</summary>
public static class AnnouncementActors
{
    /// <summary>ANN-1, ANN-2: every signed-in user reads the active announcements and dismisses its own banners.</summary>
    public const Roles Readers = Roles.SignedIn;

    /// <summary>AGT-2: the provider's staff write, change and delete announcements.</summary>
    public const Roles Authors = Roles.Staff;
}
