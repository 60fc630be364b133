using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>The mapping rules every configuration repeats.</summary>
public static class EntityTypeBuilderExtensions
{
    /// <summary>
    /// Ids are made by the domain (version 7 GUIDs), never by the store: a child added to a loaded
    /// aggregate must be inserted, which EF only does when the key is not store-generated.
    /// </summary>
    public static EntityTypeBuilder<T> IsEntity<T>(this EntityTypeBuilder<T> builder, string table)
        where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        return builder;
    }

    /// <summary>An aggregate root: optimistic concurrency on <see cref="AggregateRoot.Version"/> (NFR-4).</summary>
    public static EntityTypeBuilder<T> IsAggregate<T>(this EntityTypeBuilder<T> builder, string table)
        where T : AggregateRoot
    {
        builder.IsEntity(table);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
        return builder;
    }

    /// <summary>A reference to another aggregate by id: a foreign key without navigation, never cascading.</summary>
    public static EntityTypeBuilder<T> References<T, TPrincipal>(this EntityTypeBuilder<T> builder,
        Expression<Func<T, object?>> foreignKey)
        where T : class
        where TPrincipal : class
    {
        builder.HasOne<TPrincipal>().WithMany().HasForeignKey(foreignKey).OnDelete(DeleteBehavior.Restrict);
        return builder;
    }

    /// <summary>A private child collection stored in its own table, deleted with its owner.</summary>
    public static EntityTypeBuilder<T> HasChildren<T, TChild>(this EntityTypeBuilder<T> builder,
        Expression<Func<T, IEnumerable<TChild>?>> children, Expression<Func<TChild, object?>> foreignKey)
        where T : class
        where TChild : class
    {
        builder.HasMany(children).WithOne().HasForeignKey(foreignKey).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(children).UsePropertyAccessMode(PropertyAccessMode.Field);
        return builder;
    }

    public static PropertyBuilder<DateTimeOffset> IsUtc(this PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(Converters.DateTimeOffsetToUtcDateTime);

    public static PropertyBuilder<DateTimeOffset?> IsUtc(this PropertyBuilder<DateTimeOffset?> property) =>
        property.HasConversion(Converters.DateTimeOffsetToUtcDateTime);

    public static PropertyBuilder<TEnum> IsEnumName<TEnum>(this PropertyBuilder<TEnum> property) =>
        property.HasConversion<string>().HasMaxLength(32);

    public static PropertyBuilder<Language> IsLanguageCode(this PropertyBuilder<Language> property) =>
        property.HasConversion(Converters.LanguageToCode).HasMaxLength(LanguageCodes.CodeMax);

    /// <summary>The columns of an attachment (CASE-8); the owner's id is configured by the caller.</summary>
    public static EntityTypeBuilder<T> HasFileColumns<T>(this EntityTypeBuilder<T> builder)
        where T : FileAttachment
    {
        builder.Property(a => a.FileName).HasMaxLength(StoredFile.FileNameMax);
        builder.Property(a => a.ContentType).HasMaxLength(StoredFile.ContentTypeMax);
        builder.Property(a => a.Sha256).HasMaxLength(StoredFile.Sha256Length);
        builder.Property(a => a.StorageKey).HasMaxLength(StoredFile.StorageKeyMax);
        builder.Property(a => a.UploadedAt).IsUtc();
        return builder;
    }
}
