namespace Portal.Application.Announcements;

/// <summary>
/// An active announcement as the home page and the Announcements list show it; <see cref="ArticleNumber"/> links
/// its knowledge article (ANN-2) and is null unless that article is published and the user may read it.
/// </summary>
public sealed record AnnouncementItem
{
    public Guid Id { get; init; }

    public required string TitleJa { get; init; }

    public required string TitleEn { get; init; }

    public DateTimeOffset DisplayFrom { get; init; }

    public DateTimeOffset DisplayTo { get; init; }

    public Guid? ArticleId { get; init; }

    public string? ArticleNumber { get; init; }
}
