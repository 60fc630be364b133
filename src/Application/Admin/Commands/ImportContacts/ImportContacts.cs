using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Admin.ContactImport;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Importing;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.ImportContacts;

/// <summary>
/// ADM-2 bulk creation: every row of the file becomes a contact of the company, linked to its customer numbers,
/// with its sign-in account and an activation mail through the outbox (AUTH-4) — all of them, or, when any
/// row has an error, none: the plan then comes back with <see cref="ContactImportPlan.Created"/> 0 and the errors.
/// A user ID taken by someone else between the preview and this is one of those errors, as in the form.
/// </summary>
public sealed record ImportContacts(ReadOnlyMemory<byte> Content, Guid? CompanyId = null) : ICommand<ContactImportPlan>, IAllowed
{
    public Roles Allowed => Roles.CustomerAdmin | Roles.ProviderAdmin;
}

public sealed class ImportContactsHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ICurrentUser user, ITableImport reader,
    IAccountSecurity security, IOutbox outbox, IOptions<PortalOptions> portal, TimeProvider clock) : ICommandHandler<ImportContacts, ContactImportPlan>
{
    public async ValueTask<ContactImportPlan> Handle(ImportContacts command, CancellationToken cancellationToken)
    {
        var companyId = await ContactAdmin.CompanyToManageAsync(db, user, command.CompanyId, cancellationToken);
        var planner = new ContactImportPlanner(db, reader);
        var (plan, rows) = await planner.PlanAsync(command.Content, companyId, cancellationToken);
        if (!plan.CanImport)
            return plan;

        var now = clock.GetUtcNow();
        var contacts = rows.Select(row =>
        {
            var contact = Contact.Create(companyId, row.UserId, row.Email, ContactLinks.Profile(row),
                row.IsAdmin ? ContactRole.CustomerAdmin : ContactRole.Customer, row.EmailMfaEnabled, now);
            foreach (var accountId in row.AccountIds)
                contact.LinkAccount(accountId, companyId, now);
            return contact;
        }).ToList();
        db.Contacts.AddRange(contacts);
        try
        {
            // The unique index on the user ID decides a race with another admin, as for one contact.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            var (again, _) = await planner.PlanAsync(command.Content, companyId, CancellationToken.None);
            if (again.CanImport)
                throw;
            return again;
        }

        await security.CreateUsersAsync(contacts.Select(c => (c.Id, c.UserId, c.Email)).ToList(), cancellationToken);
        foreach (var contact in contacts)
            ContactAdmin.EnqueueActivation(contact, outbox, portal.Value);
        return plan with { Created = contacts.Count };
    }
}
