using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.GetCaseAttachment;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.WorkRequests;

namespace Portal.Application.WorkRequests.Queries.GetWorkRequestAttachment;

/// <summary>
/// WR-1: a file of a request for download. The request is read through the "Tenant" filter, so another tenant's
/// file is not found, exactly like an unknown one (TEN-1, TEN-2).
/// </summary>
public sealed record GetWorkRequestAttachment(string Number, Guid AttachmentId) : IQuery<AttachmentDownload>, IAllowed
{
    public Roles Allowed => WorkRequestActors.Readers;
}

public sealed class GetWorkRequestAttachmentHandler(IApplicationDbContext db, IFileStorage storage)
    : IQueryHandler<GetWorkRequestAttachment, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetWorkRequestAttachment query, CancellationToken cancellationToken)
    {
        if (!WorkRequest.IsValidNumber(query.Number))
            throw new NotFoundException();
        var file = await db.WorkRequests.AsNoTracking()
            .Where(r => r.Number == query.Number)
            .SelectMany(r => r.Attachments)
            .Where(a => a.Id == query.AttachmentId)
            .Select(a => new { a.FileName, a.Length, a.Sha256, a.UploadedAt, a.StorageKey })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        return new AttachmentDownload(file.FileName, file.Length, file.Sha256, file.UploadedAt, ct => storage.OpenReadAsync(file.StorageKey, ct));
    }
}
