using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Outbox;

namespace Portal.Infrastructure.Persistence.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.IsEntity("OutboxMessages");
        builder.Property(m => m.Type).HasMaxLength(OutboxMessage.TypeMax);
        builder.Property(m => m.OccurredAt).IsUtc();
        builder.Property(m => m.ProcessedAt).IsUtc();
        builder.Property(m => m.NextAttemptAt).IsUtc();
        builder.Property(m => m.LockedUntil).IsUtc();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMax);
        builder.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt }); // the job's "due" query
    }
}
