using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Commands.CreateInquiry;

public sealed class CreateInquiryValidator : AbstractValidator<CreateInquiry>
{
    /// <param name="db">NFR-4: a customer number the user may not choose (forged, another tenant's: the filter hides it) is a field error, like one not chosen.</param>
    public CreateInquiryValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.CustomerAccountId).Cascade(CascadeMode.Stop).NotEmpty().WithErrorCode("Case.UnknownAccount")
            .MustAsync((id, cancellationToken) => db.CustomerAccounts.AnyAsync(a => a.Id == id, cancellationToken)).WithErrorCode("Case.UnknownAccount");
        RuleFor(x => x.Category).Cascade(CascadeMode.Stop).NotNull().WithErrorCode("Case.CategoryNotAllowed")
            .Must(c => c!.Value.IsCustomerInquiry()).WithErrorCode("Case.CategoryNotAllowed");
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(Case.SubjectMax);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(Case.DescriptionMax);
    }
}
