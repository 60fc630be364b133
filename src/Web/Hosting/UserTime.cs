using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Application.Common.Security;
using Portal.Web.Resources;

namespace Portal.Web.Hosting;

/// <summary>
/// UI-3: times are stored in UTC and shown in the user's time zone (default Asia/Tokyo) as
/// yyyy-MM-dd HH:mm:ss, or relative (数秒前, 3日前) where the guide shows them.
/// </summary>
public sealed class UserTime(IHttpContextAccessor http, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const string DefaultZone = "Asia/Tokyo";
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";
    public const string DatePattern = "yyyy-MM-dd";

    public TimeZoneInfo Zone
    {
        get
        {
            var id = http.HttpContext?.User.FindFirstValue(PortalClaimTypes.TimeZone);
            return TimeZoneInfo.TryFindSystemTimeZoneById(id ?? DefaultZone, out var zone)
                ? zone
                : TimeZoneInfo.FindSystemTimeZoneById(DefaultZone);
        }
    }

    public string Format(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Zone).ToString(Pattern, CultureInfo.InvariantCulture);

    public string Format(DateTimeOffset? utc) => utc is { } value ? Format(value) : string.Empty;

    /// <summary>A calendar date (a contract's start, SVC-1) as yyyy-MM-dd: it has no time zone.</summary>
    public string Format(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public string Relative(DateTimeOffset utc)
    {
        var age = clock.GetUtcNow() - utc;
        return age switch
        {
            _ when age < TimeSpan.FromMinutes(1) => text["Time.JustNow"],
            _ when age < TimeSpan.FromHours(1) => text["Time.MinutesAgo", (int)age.TotalMinutes],
            _ when age < TimeSpan.FromDays(1) => text["Time.HoursAgo", (int)age.TotalHours],
            _ when age < TimeSpan.FromDays(30) => text["Time.DaysAgo", (int)age.TotalDays],
            // KB-2 (guide 4.9): 「約 1 か月前」, 「2 か月前」, 「約 1 年前」.
            _ when age < TimeSpan.FromDays(45) => text["Time.AboutAMonth"],
            _ when age < TimeSpan.FromDays(365) => text["Time.MonthsAgo", Math.Max(2, (int)Math.Round(age.TotalDays / 30))],
            _ when age < TimeSpan.FromDays(545) => text["Time.AboutAYear"],
            _ => text["Time.YearsAgo", (int)Math.Round(age.TotalDays / 365)],
        };
    }
}
