using FluentValidation;
using Portal.Domain.Cases;

namespace Portal.Application.Cases.Commands.CreateInquiry;

public sealed class CreateInquiryValidator : AbstractValidator<CreateInquiry>
{
    public CreateInquiryValidator()
    {
        RuleFor(x => x.CustomerAccountId).NotEmpty();
        RuleFor(x => x.Category).Must(c => c.IsCustomerInquiry()).WithErrorCode("Case.CategoryNotAllowed");
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(Case.SubjectMax);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(Case.DescriptionMax);
    }
}
