using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Persistence.Configurations;

/// <summary>Converters that keep one model valid on SQLite, SQL Server and PostgreSQL (NFR-1).</summary>
public static class Converters
{
    /// <summary>
    /// Times are stored as UTC date-times (UI-3): SQLite cannot order or compare DateTimeOffset in SQL,
    /// and Npgsql's timestamptz takes only UTC. Reads come back with offset zero.
    /// </summary>
    public static readonly ValueConverter<DateTimeOffset, DateTime> DateTimeOffsetToUtcDateTime = new(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    /// <summary><see cref="Language"/> as its code, "ja" / "en".</summary>
    public static readonly ValueConverter<Language, string> LanguageToCode = new(
        v => v.ToCode(),
        v => LanguageCodes.FromCode(v));
}
