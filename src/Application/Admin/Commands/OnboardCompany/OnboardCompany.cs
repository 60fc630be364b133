using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Admin.Companies;
using Portal.Application.Admin.Contacts;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Outbox;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Commands.OnboardCompany;

/// <summary>The company's first admin, linked to every customer number of the onboarding.</summary>
public sealed record FirstAdmin(
    string? FirstName,
    string LastName,
    string? Title,
    string Email,
    string? PhoneBusiness,
    string? PhoneMobile,
    Language Language,
    string TimeZone,
    string UserId) : IContactPerson;

/// <summary>
/// AGT-3 (開通): a provider admin opens the service for a new customer in one step: the company, its customer
/// number(s) with their contracts, and its first admin, who gets the activation mail (AUTH-4). All or nothing.
/// Returns the company's id.
/// </summary>
public sealed record OnboardCompany(string Name, string? NameKana, IReadOnlyList<NewAccount> Accounts, FirstAdmin Admin) : ICommand<Guid>, IAllowed
{
    public const int AccountsMax = 20;

    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class FirstAdminValidator : ContactPersonValidator<FirstAdmin>;

public sealed class OnboardCompanyValidator : AbstractValidator<OnboardCompany>
{
    public OnboardCompanyValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Company.NameMax);
        RuleFor(x => x.NameKana).MaximumLength(Company.NameMax);
        RuleFor(x => x.Accounts).Cascade(CascadeMode.Stop).NotEmpty().WithErrorCode("Accounts.None")
            .Must(a => a.Count <= OnboardCompany.AccountsMax).WithErrorCode("Accounts.TooMany");
        RuleForEach(x => x.Accounts).SetValidator(new NewAccountValidator());
        RuleFor(x => x.Admin).NotNull().SetValidator(new FirstAdminValidator());
    }
}

public sealed class OnboardCompanyHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IAccountSecurity security, IOutbox outbox,
    IOptions<PortalOptions> portal, TimeProvider clock) : ICommandHandler<OnboardCompany, Guid>
{
    public async ValueTask<Guid> Handle(OnboardCompany command, CancellationToken cancellationToken)
    {
        await CheckFreeAsync(command, cancellationToken);
        var now = clock.GetUtcNow();
        var company = Company.Create(command.Name, command.NameKana);
        db.Companies.Add(company);
        var accounts = CompanyRules.Add(db, company, command.Accounts);
        var admin = Contact.Create(company.Id, command.Admin.UserId, command.Admin.Email, ContactLinks.Profile(command.Admin),
            ContactRole.CustomerAdmin, emailMfaEnabled: false, now);
        foreach (var account in accounts)
            admin.LinkAccount(account.Id, company.Id, now);
        db.Contacts.Add(admin);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // A unique index refused a number, CID or user ID taken meanwhile: say which, as the checks do.
            await unitOfWork.RollbackAsync(CancellationToken.None);
            await CheckFreeAsync(command, CancellationToken.None);
            throw;
        }

        await ContactAdmin.ActivateAsync(admin, security, outbox, portal.Value, cancellationToken);
        return company.Id;
    }

    private async Task CheckFreeAsync(OnboardCompany command, CancellationToken cancellationToken)
    {
        await CompanyRules.EnsureNewAsync(db, command.Accounts, i => $"{nameof(OnboardCompany.Accounts)}[{i}].", cancellationToken);
        if (await db.IsUserIdTakenAsync(command.Admin.UserId, Guid.Empty, cancellationToken))
            throw UserIds.Taken($"{nameof(OnboardCompany.Admin)}.{nameof(FirstAdmin.UserId)}");
    }
}
