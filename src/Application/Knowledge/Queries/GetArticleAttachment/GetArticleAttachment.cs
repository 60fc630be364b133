using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Queries.GetCaseAttachment;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Knowledge;

namespace Portal.Application.Knowledge.Queries.GetArticleAttachment;

/// <summary>
/// KB-3: a document attached to an article, for download. It is found only through an article the user may open,
/// so the attachment URL of a draft or of an article limited to other services is 404, like an unknown one.
/// </summary>
public sealed record GetArticleAttachment(string Number, Guid AttachmentId) : IQuery<AttachmentDownload>, IAllowed
{
    public Roles Allowed => KnowledgeActors.Readers;
}

public sealed class GetArticleAttachmentHandler(IApplicationDbContext db, ICurrentUser user, IFileStorage storage)
    : IQueryHandler<GetArticleAttachment, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetArticleAttachment query, CancellationToken cancellationToken)
    {
        if (!KnowledgeArticle.IsValidNumber(query.Number))
            throw new NotFoundException();

        var file = await ArticleAccess.Readable(db, user).AsNoTracking()
            .Where(a => a.Number == query.Number)
            .SelectMany(a => a.Attachments)
            .Where(f => f.Id == query.AttachmentId)
            .Select(f => new { f.FileName, f.Length, f.Sha256, f.UploadedAt, f.StorageKey })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        return new AttachmentDownload(file.FileName, file.Length, file.Sha256, file.UploadedAt, ct => storage.OpenReadAsync(file.StorageKey, ct));
    }
}
