using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Common.Security;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Tests;

/// <summary>UI-3: times stored in UTC are shown in the user's zone as yyyy-MM-dd HH:mm:ss, or relative as in the guide.</summary>
[Trait("Req", "UI-3")]
public sealed class UserTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 4, 5, TimeSpan.Zero);

    private static UserTime For(string? zone)
    {
        var claims = zone is null ? [] : new[] { new Claim(PortalClaimTypes.TimeZone, zone) };
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) } };
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new UserTime(http, new FakeTimeProvider(Now), new StringLocalizer<SharedResource>(factory));
    }

    [Theory]
    [InlineData("Asia/Tokyo", "2026-11-24 12:04:05")]
    [InlineData("Asia/Singapore", "2026-11-24 11:04:05")]
    [InlineData("Europe/London", "2026-11-24 03:04:05")]
    [InlineData(null, "2026-11-24 12:04:05")]
    [InlineData("Not/AZone", "2026-11-24 12:04:05")]
    public void A_time_is_shown_in_the_users_zone_defaulting_to_Tokyo(string? zone, string shown) =>
        Assert.Equal(shown, For(zone).Format(Now));

    [Theory]
    [InlineData("ja-JP", 10, "数秒前")]
    [InlineData("ja-JP", 3 * 24 * 3600, "3日前")]
    [InlineData("en-US", 3 * 24 * 3600, "3 days ago")]
    [InlineData("en-US", 5 * 60, "5 min ago")]
    [InlineData("ja-JP", 35 * 24 * 3600, "約 1 か月前")]
    [InlineData("ja-JP", 62 * 24 * 3600, "2 か月前")]
    [InlineData("ja-JP", 400 * 24 * 3600, "約 1 年前")]
    [InlineData("en-US", 400 * 24 * 3600, "about a year ago")]
    [InlineData("ja-JP", 800 * 24 * 3600, "2年前")]
    public void An_age_is_shown_relative_in_the_users_language(string culture, int secondsAgo, string shown)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(shown, For("Asia/Tokyo").Relative(Now.AddSeconds(-secondsAgo)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
