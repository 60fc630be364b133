using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.WorkRequests;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class WorkRequestAttachmentConfiguration : IEntityTypeConfiguration<WorkRequestAttachment>
{
    public void Configure(EntityTypeBuilder<WorkRequestAttachment> builder)
    {
        builder.IsEntity("WorkRequestAttachments");
        builder.HasFileColumns();
        builder.HasIndex(a => a.WorkRequestId);
    }
}
