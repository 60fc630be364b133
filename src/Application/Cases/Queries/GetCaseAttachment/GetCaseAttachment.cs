using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Queries.GetCaseAttachment;

/// <summary>
/// CASE-8: one attachment of a case for download. The case is read through the "Tenant" filter, so an
/// attachment of a case the user may not see is not found, exactly like an unknown one (TEN-1, TEN-2).
/// </summary>
public sealed record GetCaseAttachment(string CaseNumber, Guid AttachmentId) : IQuery<AttachmentDownload>, IAllowed
{
    public Roles Allowed => CaseActors.Readers;
}

/// <summary>What a download needs: the original name for the Content-Disposition and the bytes to open.</summary>
public sealed record AttachmentDownload(string FileName, long Length, string Sha256, DateTimeOffset UploadedAt,
    Func<CancellationToken, Task<Stream>> OpenAsync);

public sealed class GetCaseAttachmentHandler(IApplicationDbContext db, IFileStorage storage)
    : IQueryHandler<GetCaseAttachment, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetCaseAttachment query, CancellationToken cancellationToken)
    {
        if (!Case.IsValidNumber(query.CaseNumber))
            throw new NotFoundException();

        var file = await db.Cases.AsNoTracking()
            .Where(c => c.Number == query.CaseNumber)
            .SelectMany(c => c.Attachments)
            .Where(a => a.Id == query.AttachmentId)
            .Select(a => new { a.FileName, a.Length, a.Sha256, a.UploadedAt, a.StorageKey })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        return new AttachmentDownload(file.FileName, file.Length, file.Sha256, file.UploadedAt,
            ct => storage.OpenReadAsync(file.StorageKey, ct));
    }
}
