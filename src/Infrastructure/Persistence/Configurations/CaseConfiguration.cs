using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;
using Portal.Domain.WorkRequests;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.IsAggregate("Cases");
        builder.Property(c => c.Number).HasMaxLength(Case.NumberMax);
        builder.Property(c => c.Category).IsEnumName();
        builder.Property(c => c.Subject).HasMaxLength(Case.SubjectMax);
        builder.Property(c => c.Description).HasMaxLength(Case.DescriptionMax);
        builder.Property(c => c.Status).IsEnumName();
        builder.Property(c => c.CreatedAt).IsUtc();
        builder.Property(c => c.UpdatedAt).IsUtc();
        builder.Property(c => c.ResolvedAt).IsUtc();
        builder.Property(c => c.ClosedAt).IsUtc();
        builder.Property(c => c.Resolution).HasMaxLength(Case.ResolutionMax);
        builder.Property(c => c.ExternalReference).HasMaxLength(Case.ExternalReferenceMax);
        builder.Property(c => c.AlertResponse).IsEnumName();
        builder.Property(c => c.AlertRespondedAt).IsUtc();
        builder.OwnsOne(c => c.Alert, alert =>
        {
            alert.Property(a => a.DetectionId).HasMaxLength(AlertDetails.DetectionIdMax);
            alert.Property(a => a.Severity).IsEnumName();
            alert.Property(a => a.DetectName).HasMaxLength(AlertDetails.NameMax);
            alert.Property(a => a.Device).HasMaxLength(AlertDetails.DeviceMax);
            alert.Property(a => a.UserName).HasMaxLength(AlertDetails.UserNameMax);
            alert.Property(a => a.Tactic).HasMaxLength(AlertDetails.TacticMax);
            alert.Property(a => a.Technique).HasMaxLength(AlertDetails.TechniqueMax);
            alert.Property(a => a.DetectedAt).IsUtc();
            alert.Property(a => a.ConsoleLink).HasMaxLength(AlertDetails.ConsoleLinkMax);
        });
        builder.HasIndex(c => c.Number).IsUnique();
        // CASE-2 under concurrency: one non-null value per account. SQL Server gets an IS NOT NULL
        // filter from EF; SQLite and PostgreSQL allow any number of NULLs in a unique index.
        builder.HasIndex(c => c.OpenInquiryAccountId).IsUnique();
        // API-1: one case per detection of an account, i.e. per (CID, detection id): a CID maps to one account.
        builder.HasIndex(c => new { c.CustomerAccountId, c.ExternalReference }).IsUnique();
        // CASE-4: the list's default order and the subject order, for everyone (agents) and per customer
        // number (customers); the number breaks ties, so a page is an index walk that stops after one page.
        builder.HasIndex(c => new { c.CustomerAccountId, c.UpdatedAt, c.Number });
        builder.HasIndex(c => new { c.CustomerAccountId, c.Subject, c.Number });
        builder.HasIndex(c => new { c.CompanyId, c.UpdatedAt });
        builder.HasIndex(c => new { c.Status, c.UpdatedAt });
        builder.HasIndex(c => new { c.UpdatedAt, c.Number });
        builder.HasIndex(c => new { c.Subject, c.Number });
        // UI-1: the home chart counts a customer's open cases by status and its alerts by creation week from
        // these alone (covering), without reading a case row.
        builder.HasIndex(c => new { c.CustomerAccountId, c.Status });
        builder.HasIndex(c => new { c.CustomerAccountId, c.Category, c.CreatedAt });

        builder.References<Case, CustomerAccount>(c => c.CustomerAccountId);
        builder.References<Case, Company>(c => c.CompanyId);
        builder.References<Case, Contact>(c => c.ContactId);
        builder.References<Case, Contact>(c => c.AssignedAgentId);
        builder.References<Case, WorkRequest>(c => c.WorkRequestId);

        builder.HasChildren(c => c.Comments, x => x.CaseId);
        builder.HasChildren(c => c.Attachments, x => x.CaseId);
        builder.HasChildren(c => c.StatusChanges, x => x.CaseId);
        builder.HasChildren(c => c.Watchers, x => x.CaseId);
    }
}
