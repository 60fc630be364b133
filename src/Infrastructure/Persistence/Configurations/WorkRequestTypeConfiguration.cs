using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.WorkRequests;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class WorkRequestTypeConfiguration : IEntityTypeConfiguration<WorkRequestType>
{
    public void Configure(EntityTypeBuilder<WorkRequestType> builder)
    {
        builder.IsAggregate("WorkRequestTypes");
        builder.Property(t => t.Code).HasMaxLength(WorkRequestType.CodeMax);
        builder.Property(t => t.NameJa).HasMaxLength(WorkRequestType.NameMax);
        builder.Property(t => t.NameEn).HasMaxLength(WorkRequestType.NameMax);
        builder.Property(t => t.DescriptionJa).HasMaxLength(WorkRequestType.DescriptionMax);
        builder.Property(t => t.DescriptionEn).HasMaxLength(WorkRequestType.DescriptionMax);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Ignore(t => t.Form);
    }
}
