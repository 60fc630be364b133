using Mediator;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Announcements;

namespace Portal.Application.Announcements.Commands.CreateAnnouncement;

/// <summary>ANN-1, AGT-2: the staff write an announcement; it shows in the banner and the list during its window. Returns its id.</summary>
public sealed record CreateAnnouncement(string TitleJa, string TitleEn, DateTime? DisplayFrom, DateTime? DisplayTo, string? ArticleNumber)
    : ICommand<Guid>, IAllowed, IAnnouncementFields
{
    public Roles Allowed => AnnouncementActors.Authors;
}

public sealed class CreateAnnouncementValidator(IApplicationDbContext db) : AnnouncementFieldsValidator<CreateAnnouncement>(db);

public sealed class CreateAnnouncementHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<CreateAnnouncement, Guid>
{
    public async ValueTask<Guid> Handle(CreateAnnouncement command, CancellationToken cancellationToken)
    {
        var articleId = await AnnouncementRules.ArticleIdAsync(db, command, cancellationToken);
        var (from, to) = await AnnouncementRules.WindowAsync(db, user, command, cancellationToken);
        var announcement = Announcement.Create(command.TitleJa, command.TitleEn, from, to, articleId);
        db.Announcements.Add(announcement);
        return announcement.Id;
    }
}
