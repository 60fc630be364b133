using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Announcements.Commands.DeleteAnnouncement;

/// <summary>
/// ANN-1, AGT-2: the staff delete an announcement (its dismissals go with it); the request carries the version the page
/// showed, so an announcement a colleague changed meanwhile is not deleted unseen (NFR-4).
/// </summary>
public sealed record DeleteAnnouncement(Guid Id, long Version) : ICommand, IAllowed, IVersionedCommand
{
    public Roles Allowed => AnnouncementActors.Authors;
}

public sealed class DeleteAnnouncementHandler(IApplicationDbContext db) : ICommandHandler<DeleteAnnouncement>
{
    public async ValueTask<Unit> Handle(DeleteAnnouncement command, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(announcement, command.Version, AnnouncementRules.ChangedMeanwhile);
        db.Announcements.Remove(announcement);
        await db.SaveExpectingVersionAsync(AnnouncementRules.ChangedMeanwhile, cancellationToken);
        return Unit.Value;
    }
}
