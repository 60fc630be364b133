using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Announcements;

namespace Portal.Application.Announcements.Commands.DismissAnnouncement;

/// <summary>
/// ANN-2 (guide 4.12): the banner's × hides the announcement from the user's banner for good, across sessions; the
/// Announcements list still shows it. Dismissing again, or twice at once, changes nothing and is no error. An
/// announcement whose window has not started is not found: nobody but the staff sees it yet.
/// </summary>
public sealed record DismissAnnouncement(Guid AnnouncementId) : ICommand, IAllowed
{
    public Roles Allowed => AnnouncementActors.Readers;
}

public sealed class DismissAnnouncementHandler(IApplicationDbContext db, ICurrentUser user, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<DismissAnnouncement>
{
    public async ValueTask<Unit> Handle(DismissAnnouncement command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var now = clock.GetUtcNow();
        if (!await db.Announcements.AnyAsync(a => a.Id == command.AnnouncementId && a.DisplayFrom <= now, cancellationToken))
            throw new NotFoundException();
        if (await IsDismissedAsync(command.AnnouncementId, contactId, cancellationToken))
            return Unit.Value;

        db.AnnouncementDismissals.Add(AnnouncementDismissal.Record(command.AnnouncementId, contactId, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on (announcement, contact) decided a race with the same user's other tab: it is dismissed.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            if (await IsDismissedAsync(command.AnnouncementId, contactId, CancellationToken.None))
                return Unit.Value;
            if (!await db.Announcements.AnyAsync(a => a.Id == command.AnnouncementId, CancellationToken.None))
                throw new NotFoundException(); // deleted by its author meanwhile
            throw;
        }

        return Unit.Value;
    }

    private Task<bool> IsDismissedAsync(Guid announcementId, Guid contactId, CancellationToken cancellationToken) =>
        db.AnnouncementDismissals.AnyAsync(d => d.AnnouncementId == announcementId && d.ContactId == contactId, cancellationToken);
}
