using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Announcements.Commands.EditAnnouncement;

/// <summary>
/// ANN-1, AGT-2: the staff change an announcement's titles, window or article; the edit carries the version its form
/// showed, and one from a form shown before a colleague's change is refused (NFR-4).
/// </summary>
public sealed record EditAnnouncement(Guid Id, long Version, string TitleJa, string TitleEn, DateTime? DisplayFrom, DateTime? DisplayTo,
    string? ArticleNumber) : ICommand, IAllowed, IVersionedCommand, IAnnouncementFields
{
    public Roles Allowed => AnnouncementActors.Authors;
}

public sealed class EditAnnouncementValidator(IApplicationDbContext db) : AnnouncementFieldsValidator<EditAnnouncement>(db);

public sealed class EditAnnouncementHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<EditAnnouncement>
{
    public async ValueTask<Unit> Handle(EditAnnouncement command, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(announcement, command.Version, AnnouncementRules.ChangedMeanwhile);
        var articleId = await AnnouncementRules.ArticleIdAsync(db, command, cancellationToken);
        var (from, to) = await AnnouncementRules.WindowAsync(db, user, command, cancellationToken);
        announcement.Edit(command.TitleJa, command.TitleEn, from, to, articleId);
        await db.SaveExpectingVersionAsync(AnnouncementRules.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
