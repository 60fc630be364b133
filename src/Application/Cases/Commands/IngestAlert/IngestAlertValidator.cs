using FluentValidation;
using Portal.Domain.Cases;
using Portal.Domain.Companies;

namespace Portal.Application.Cases.Commands.IngestAlert;

/// <summary>API-1: each field of the detection, so that the caller learns every problem at once (422 per field).</summary>
public sealed class IngestAlertValidator : AbstractValidator<IngestAlert>
{
    public IngestAlertValidator()
    {
        RuleFor(x => x.Cid).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(cid => cid!.Trim().Length == Contract.CrowdStrikeCidLength && cid.Trim().All(Uri.IsHexDigit)).WithErrorCode("Cid.Format");
        RuleFor(x => x.DetectionId).NotEmpty().MaximumLength(AlertDetails.DetectionIdMax);
        RuleFor(x => x.Severity).Cascade(CascadeMode.Stop).NotNull()
            .InclusiveBetween((int)AlertSeverity.Informational, (int)AlertSeverity.Critical);
        RuleFor(x => x.DetectName).NotEmpty().MaximumLength(AlertDetails.NameMax);
        RuleFor(x => x.Description).MaximumLength(Case.DescriptionMax);
        RuleFor(x => x.Device).MaximumLength(AlertDetails.DeviceMax);
        RuleFor(x => x.UserName).MaximumLength(AlertDetails.UserNameMax);
        RuleFor(x => x.Tactic).MaximumLength(AlertDetails.TacticMax);
        RuleFor(x => x.Technique).MaximumLength(AlertDetails.TechniqueMax);
        RuleFor(x => x.DetectedAt).NotNull();
        RuleFor(x => x.ConsoleLink).Cascade(CascadeMode.Stop).MaximumLength(AlertDetails.ConsoleLinkMax)
            .Must(AlertDetails.IsConsoleLink).When(x => !string.IsNullOrWhiteSpace(x.ConsoleLink)).WithErrorCode("Alert.InvalidConsoleLink");
    }
}
