using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Companies;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.AddCustomerAccount;

/// <summary>
/// AGT-3: one more customer number (お客様番号) with its contract for an onboarded company. Its admins are linked to it,
/// as the first admin is to every number of the onboarding: an admin sees only its own numbers (TEN-1), and so can
/// link this one to its users itself (ADM-3). Returns the account's id.
/// </summary>
public sealed record AddCustomerAccount(Guid CompanyId, NewAccount Account) : ICommand<Guid>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class AddCustomerAccountValidator : AbstractValidator<AddCustomerAccount>
{
    public AddCustomerAccountValidator() => RuleFor(x => x.Account).NotNull().SetValidator(new NewAccountValidator());
}

public sealed class AddCustomerAccountHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, TimeProvider clock) : ICommandHandler<AddCustomerAccount, Guid>
{
    public async ValueTask<Guid> Handle(AddCustomerAccount command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == command.CompanyId && !c.IsProvider, cancellationToken)
            ?? throw new NotFoundException();
        await EnsureNewAsync(command, cancellationToken);
        var account = CompanyRules.Add(db, company, [command.Account]).Single();
        var now = clock.GetUtcNow();
        foreach (var admin in await db.Contacts.Include(c => c.Accounts)
                     .Where(c => c.CompanyId == company.Id && c.Role == ContactRole.CustomerAdmin).ToListAsync(cancellationToken))
            admin.LinkAccount(account.Id, company.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            await EnsureNewAsync(command, CancellationToken.None);
            throw;
        }

        return account.Id;
    }

    private Task EnsureNewAsync(AddCustomerAccount command, CancellationToken cancellationToken) =>
        CompanyRules.EnsureNewAsync(db, [command.Account], _ => nameof(AddCustomerAccount.Account) + ".", cancellationToken);
}
