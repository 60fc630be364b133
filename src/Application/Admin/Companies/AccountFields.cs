using FluentValidation;
using Portal.Domain.Companies;

namespace Portal.Application.Admin.Companies;

/// <summary>
/// AGT-3, SVC-1: the service and contract data of a customer account (お客様番号) as the provider records it: start
/// date, licence type, contracted ID count, and the CrowdStrike customer name and CID that map alerts to it (API-1).
/// </summary>
public interface IContractFields
{
    DateOnly StartDate { get; }
    string LicenceType { get; }
    int ContractedIds { get; }
    string CrowdStrikeCustomerName { get; }
    string CrowdStrikeCid { get; }
}

/// <summary>A new customer account with its contract (onboarding, or one more number for a company).</summary>
public sealed record NewAccount(
    string Number,
    string? DisplayName,
    Guid ServiceId,
    DateOnly StartDate,
    string LicenceType,
    int ContractedIds,
    string CrowdStrikeCustomerName,
    string CrowdStrikeCid) : IContractFields;

public abstract class ContractFieldsValidator<T> : AbstractValidator<T>
    where T : IContractFields
{
    protected ContractFieldsValidator()
    {
        RuleFor(x => x.StartDate).NotEmpty();
        RuleFor(x => x.LicenceType).NotEmpty().MaximumLength(Contract.LicenceTypeMax);
        RuleFor(x => x.ContractedIds).InclusiveBetween(1, 10_000_000);
        RuleFor(x => x.CrowdStrikeCustomerName).NotEmpty().MaximumLength(Contract.CrowdStrikeCustomerNameMax);
        RuleFor(x => x.CrowdStrikeCid).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(cid => cid.Trim().Length == Contract.CrowdStrikeCidLength && cid.Trim().All(Uri.IsHexDigit)).WithErrorCode("Cid.Format");
    }
}

public sealed class NewAccountValidator : ContractFieldsValidator<NewAccount>
{
    public NewAccountValidator()
    {
        RuleFor(x => x.Number).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(n => CustomerAccount.IsValidNumber(n.Trim().ToUpperInvariant())).WithErrorCode("CustomerNumber.Format");
        RuleFor(x => x.DisplayName).MaximumLength(CustomerAccount.DisplayNameMax);
        RuleFor(x => x.ServiceId).NotEmpty();
    }
}
