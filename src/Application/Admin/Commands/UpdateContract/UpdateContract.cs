using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Admin.Companies;
using Portal.Application.Common.Concurrency;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Admin.Commands.UpdateContract;

/// <summary>
/// AGT-3, SVC-1: the provider changes a customer account's contract (from the customer's application form): start
/// date, licence type, contracted IDs, CrowdStrike customer name and CID (unique: it maps alerts, API-1), and the
/// account's display name, and the CrowdStrike Falcon Mobile settings the customer reads (SVC-1: platform, enrollment mode, notes). Carries the versions of the contract and of the account the page showed (NFR-4).
/// </summary>
public sealed record UpdateContract(
    Guid AccountId,
    long Version,
    long AccountVersion,
    string? DisplayName,
    DateOnly StartDate,
    string LicenceType,
    int ContractedIds,
    string CrowdStrikeCustomerName,
    string CrowdStrikeCid,
    string? Platform = null,
    string? EnrollmentMode = null,
    string? Notes = null) : ICommand, IAllowed, IVersionedCommand, IContractFields
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class UpdateContractValidator : ContractFieldsValidator<UpdateContract>
{
    public UpdateContractValidator()
    {
        RuleFor(x => x.DisplayName).MaximumLength(Domain.Companies.CustomerAccount.DisplayNameMax);
        RuleFor(x => x.Platform).MaximumLength(Domain.Companies.Contract.SettingMax);
        RuleFor(x => x.EnrollmentMode).MaximumLength(Domain.Companies.Contract.SettingMax);
        RuleFor(x => x.Notes).MaximumLength(Domain.Companies.Contract.NotesMax);
    }
}

public sealed class UpdateContractHandler(IApplicationDbContext db, IUnitOfWork unitOfWork) : ICommandHandler<UpdateContract>
{
    public async ValueTask<Unit> Handle(UpdateContract command, CancellationToken cancellationToken)
    {
        var account = await db.CustomerAccounts.SingleOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken)
            ?? throw new NotFoundException();
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.CustomerAccountId == account.Id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(contract, command.Version, CompanyRules.ContractChangedMeanwhile);
        db.ExpectVersion(account, command.AccountVersion, CompanyRules.ContractChangedMeanwhile);
        await CompanyRules.EnsureCidFreeAsync(db, command.CrowdStrikeCid, contract.Id, nameof(UpdateContract.CrowdStrikeCid), cancellationToken);

        contract.ChangeUsage(command.StartDate, command.LicenceType, command.ContractedIds);
        contract.ChangeCrowdStrike(command.CrowdStrikeCustomerName, command.CrowdStrikeCid.Trim());
        contract.ChangeFalconMobileSettings(command.Platform, command.EnrollmentMode, command.Notes);
        if (string.IsNullOrWhiteSpace(command.DisplayName) ? account.DisplayName is not null : command.DisplayName.Trim() != account.DisplayName)
            account.Rename(command.DisplayName);

        try
        {
            await db.SaveExpectingVersionAsync(CompanyRules.ContractChangedMeanwhile, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            await CompanyRules.EnsureCidFreeAsync(db, command.CrowdStrikeCid, contract.Id, nameof(UpdateContract.CrowdStrikeCid), CancellationToken.None);
            throw;
        }

        return Unit.Value;
    }
}
