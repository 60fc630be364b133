using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Contacts;

namespace Portal.Application.Common.Time;

/// <summary>UI-3: calendar days and times typed by a user mean days and times in that user's own time zone (its profile).</summary>
internal static class UserZone
{
    public static async Task<TimeZoneInfo> OfAsync(IApplicationDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var id = await db.Contacts.Where(c => c.Id == user.ContactId).Select(c => c.TimeZone).FirstOrDefaultAsync(cancellationToken);
        return TimeZoneInfo.TryFindSystemTimeZoneById(id ?? Contact.DefaultTimeZone, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(Contact.DefaultTimeZone);
    }

    /// <summary>Midnight of <paramref name="day"/> in <paramref name="zone"/> as an instant; where a DST change skips midnight, the first valid minute after it.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) =>
        ToInstant(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    /// <summary>
    /// A wall-clock time typed by the user (a date-time field) as an instant; a time a DST change skips becomes the
    /// first valid minute after it, and a time it repeats is read as standard time.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>An instant as the wall-clock time of <paramref name="zone"/>, as a date-time field shows it.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
}
