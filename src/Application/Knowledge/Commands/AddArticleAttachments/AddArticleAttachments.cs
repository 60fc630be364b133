using FluentValidation;
using Mediator;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Knowledge.Commands.AddArticleAttachments;

/// <summary>KB-3 / KB-4: documents already in storage (see <see cref="Common.Files.FileUploads"/>) attached to an article, all or none.</summary>
public sealed record AddArticleAttachments(string Number, IReadOnlyList<StoredFile> Files, long Version) : ICommand<IReadOnlyList<Guid>>, IAllowed, IVersionedCommand
{
    public Roles Allowed => KnowledgeActors.Authors;
}

public sealed class AddArticleAttachmentsValidator : AbstractValidator<AddArticleAttachments>
{
    public AddArticleAttachmentsValidator()
    {
        RuleFor(x => x.Number).NotEmpty();
        RuleFor(x => x.Files).NotEmpty();
    }
}

public sealed class AddArticleAttachmentsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddArticleAttachments, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(AddArticleAttachments command, CancellationToken cancellationToken)
    {
        var uploaderId = user.ContactId ?? throw new Common.Exceptions.UnauthenticatedException();
        var article = await ArticleChanges.LoadAsync(db, command.Number, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        List<Guid> ids = [.. command.Files.Select(file => article.AddAttachment(file, uploaderId, now).Id)];
        await ArticleChanges.SaveAsync(db, cancellationToken);
        return ids;
    }
}
