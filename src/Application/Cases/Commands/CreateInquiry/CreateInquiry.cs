using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Cases;
using Portal.Domain.Common;

namespace Portal.Application.Cases.Commands.CreateInquiry;

/// <summary>
/// CASE-1 (guide 4.6): a customer's new inquiry; returns its case number (CSnnnnnnn). The optional
/// <paramref name="Attachments"/> are already in storage (CASE-8) and are attached when the case is created.
/// <paramref name="Category"/> is null when the form's value is none of the categories (NFR-4: a field error, never the first one).
/// </summary>
public sealed record CreateInquiry(Guid CustomerAccountId, CaseCategory? Category, string Subject, string Description,
    IReadOnlyList<StoredFile>? Attachments = null)
    : ICommand<string>, IAllowed
{
    public Roles Allowed => Roles.Customers;
}

/// <summary>
/// CASE-2 is decided by <see cref="Case.OpenInquiry"/>; the unique index on the open inquiry stops a
/// concurrent submission that passed the same check, and its failure is refused like the check itself.
/// </summary>
public sealed class CreateInquiryHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ISequenceGenerator numbers,
    ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateInquiry, string>
{
    public const string NumberSequence = "case";

    public async ValueTask<string> Handle(CreateInquiry command, CancellationToken cancellationToken)
    {
        var contactId = user.ContactId ?? throw new UnauthenticatedException();
        var account = await db.CustomerAccounts.SingleOrDefaultAsync(a => a.Id == command.CustomerAccountId, cancellationToken)
            ?? throw new NotFoundException();

        // The number first: inside the transaction the counter row stays locked until commit, so a
        // concurrent submission waits here and then reads the inquiry that won.
        var number = SequenceNumber.Format(Case.NumberPrefix, await numbers.NextAsync(NumberSequence, cancellationToken));
        var now = clock.GetUtcNow();
        var inquiry = Case.OpenInquiry(number, account, contactId, command.Category!.Value, command.Subject, command.Description,
            await OpenInquiryNumberAsync(account.Id, cancellationToken), now);
        foreach (var file in command.Attachments ?? [])
            inquiry.AddAttachment(file, contactId, now);
        db.Cases.Add(inquiry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && inquiry.OpenInquiryAccountId is not null)
        {
            // The unique index refused a second open inquiry. The failed transaction can't be read in
            // (PostgreSQL aborts it): roll back, then read the winner outside it.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            var open = await OpenInquiryNumberAsync(account.Id, cancellationToken);
            if (open is null)
                throw;
            throw Rule.Broken("Case.OpenInquiryExists", ("openCase", open));
        }

        return inquiry.Number;
    }

    private Task<string?> OpenInquiryNumberAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Cases.Where(Case.OpenInquiryOf(accountId)).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);
}
