using Portal.Domain.Common;

namespace Portal.Domain.Announcements;

/// <summary>ANN-1: a title shown in the home banner and list during its display window.</summary>
public sealed class Announcement : AggregateRoot, IAuditable
{
    /// <summary>Provider data: its trail is for provider admins only.</summary>
    Guid? IAuditable.AuditCompanyId => null;

    public const int TitleMax = 200;

    private Announcement(string titleJa, string titleEn, DateTimeOffset displayFrom, DateTimeOffset displayTo)
    {
        TitleJa = titleJa;
        TitleEn = titleEn;
        DisplayFrom = displayFrom;
        DisplayTo = displayTo;
    }

    public string TitleJa { get; private set; }

    public string TitleEn { get; private set; }

    /// <summary>Inclusive.</summary>
    public DateTimeOffset DisplayFrom { get; private set; }

    /// <summary>Exclusive; after <see cref="DisplayFrom"/>.</summary>
    public DateTimeOffset DisplayTo { get; private set; }

    /// <summary>The knowledge article 「詳細」 opens (ANN-2).</summary>
    public Guid? ArticleId { get; private set; }

    public static Announcement Create(string titleJa, string titleEn, DateTimeOffset displayFrom,
        DateTimeOffset displayTo, Guid? articleId)
    {
        var announcement = new Announcement("", "", displayFrom, displayTo);
        announcement.Edit(titleJa, titleEn, displayFrom, displayTo, articleId);
        return announcement;
    }

    public bool IsActiveAt(DateTimeOffset now) => StateAt(now) == AnnouncementState.Active;

    public AnnouncementState StateAt(DateTimeOffset now) =>
        now < DisplayFrom ? AnnouncementState.Upcoming : now < DisplayTo ? AnnouncementState.Active : AnnouncementState.Ended;

    public string TitleIn(Language language) => language == Language.English ? TitleEn : TitleJa;

    public void Edit(string titleJa, string titleEn, DateTimeOffset displayFrom, DateTimeOffset displayTo,
        Guid? articleId)
    {
        if (displayTo <= displayFrom)
        {
            throw Rule.Broken("Announcement.InvalidWindow");
        }

        TitleJa = Text.Required(titleJa, TitleMax, nameof(TitleJa));
        TitleEn = Text.Required(titleEn, TitleMax, nameof(TitleEn));
        DisplayFrom = displayFrom;
        DisplayTo = displayTo;
        ArticleId = articleId;
    }
}
