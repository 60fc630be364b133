using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Companies;
using Portal.Domain.Contacts;
using Portal.Domain.WorkRequests;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class WorkRequestConfiguration : IEntityTypeConfiguration<WorkRequest>
{
    public void Configure(EntityTypeBuilder<WorkRequest> builder)
    {
        builder.IsAggregate("WorkRequests");
        builder.Ignore(w => w.Answers); // read from ValuesJson
        builder.Property(w => w.Number).HasMaxLength(WorkRequest.NumberMax);
        builder.Property(w => w.Status).IsEnumName();
        builder.Property(w => w.RejectionReason).HasMaxLength(WorkRequest.RejectionReasonMax);
        builder.Property(w => w.SubmittedAt).IsUtc();
        builder.Property(w => w.DecidedAt).IsUtc();

        builder.HasIndex(w => w.Number).IsUnique();
        builder.HasIndex(w => new { w.CustomerAccountId, w.SubmittedAt });
        builder.HasIndex(w => new { w.CompanyId, w.SubmittedAt });
        builder.HasIndex(w => new { w.Status, w.SubmittedAt });

        builder.References<WorkRequest, CustomerAccount>(w => w.CustomerAccountId);
        builder.References<WorkRequest, Company>(w => w.CompanyId);
        builder.References<WorkRequest, WorkRequestType>(w => w.TypeId);
        builder.References<WorkRequest, Contact>(w => w.SubmittedById);
        builder.HasChildren(w => w.Attachments, a => a.WorkRequestId);
    }
}
