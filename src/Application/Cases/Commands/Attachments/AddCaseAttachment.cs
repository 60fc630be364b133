using Mediator;
using Portal.Application.Cases.Queries;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;

namespace Portal.Application.Cases.Commands.Attachments;

/// <summary>
/// CASE-8 (guide 4.8.3): attaches a file already in storage (see <see cref="Common.Files.FileUploads"/>) to a case
/// the user may see: a customer's own (TEN-1: another company's case is not found, like an unknown number)
/// or any case for an agent. A closed case refuses it (CASE-3). Returns the attachment's id.
/// </summary>
public sealed record AddCaseAttachment(string CaseNumber, StoredFile File) : ICommand<Guid>, IAllowed
{
    public Roles Allowed => CaseAccess.Readers;
}

public sealed class AddCaseAttachmentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddCaseAttachment, Guid>
{
    public async ValueTask<Guid> Handle(AddCaseAttachment command, CancellationToken cancellationToken)
    {
        var uploaderId = user.ContactId ?? throw new UnauthenticatedException();
        var target = await CaseStore.LoadAsync(db, command.CaseNumber, cancellationToken);
        var attachment = target.AddAttachment(command.File, uploaderId, clock.GetUtcNow());
        await CaseStore.SaveAsync(db, target.Number, cancellationToken);
        return attachment.Id;
    }
}
