using Mediator;
using Portal.Application.Cases.Queries;
using Portal.Application.Cases.Queries.GetCaseStatus;
using Portal.Application.Cases.Queries.ListAgents;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Cases.Commands.AddCaseAttachments;

/// <summary>
/// CASE-8 (guide 4.8.3): attaches files already in storage (see <see cref="Common.Files.FileUploads"/>), all or
/// none, to a case the user may see: a customer's own (TEN-1: another company's case or an unlinked
/// customer number's is not found, like an unknown number) or any case for an agent. A closed case refuses
/// them (CASE-3). Returns the attachments' ids in the order of <paramref name="Files"/>.
/// </summary>
public sealed record AddCaseAttachments(string CaseNumber, IReadOnlyList<StoredFile> Files, long Version) : ICommand<IReadOnlyList<Guid>>, IAllowed, IVersionedCommand
{
    public Roles Allowed => CaseActors.Readers;
}

public sealed class AddCaseAttachmentsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddCaseAttachments, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(AddCaseAttachments command, CancellationToken cancellationToken)
    {
        var uploaderId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseChanges.LoadAsync(db, command.CaseNumber, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        List<Guid> ids = [.. command.Files.Select(file => target.AddAttachment(file, uploaderId, now).Id)];
        await CaseChanges.SaveAsync(db, target.Number, cancellationToken);
        return ids;
    }
}
