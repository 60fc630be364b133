using Microsoft.EntityFrameworkCore;
using Portal.Application.Announcements.Queries.ListHomeAnnouncements;
using Portal.Application.Tests.Support;
using Portal.Domain.Announcements;

namespace Portal.Application.Tests.Announcements;

[Trait("Req", "ANN-1")]
public class HomeAnnouncementsTests
{
    private const string Maintenance = "Scheduled maintenance of the customer portal"; // shown until 14 days after the seed
    private const string Sensor = "New Falcon Mobile sensor version available"; // until 30 days after
    private const string Expired = "Support hours over the New Year holidays"; // ended 60 days before

    [Fact]
    public async Task The_active_announcements_are_in_the_banner_and_the_list_and_the_expired_one_is_not()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var home = await app.Send(new ListHomeAnnouncements());

        Assert.Equal([Maintenance, Sensor], home.Banner.Select(a => a.TitleEn));
        Assert.Equal([Maintenance, Sensor], home.All.Select(a => a.TitleEn));
        Assert.DoesNotContain(Expired, home.All.Select(a => a.TitleEn));
        Assert.All(home.All, a => Assert.StartsWith("KB", a.ArticleNumber, StringComparison.Ordinal));
    }

    [Fact, Trait("Req", "ANN-2")]
    public async Task A_dismissed_announcement_leaves_the_users_banner_but_stays_in_the_list()
    {
        await using var app = await PortalApp.StartAsync();
        await DismissAsync(app, Demo.CustomerA, Sensor);
        await app.SignedInAs(Demo.CustomerA);

        var home = await app.Send(new ListHomeAnnouncements());

        Assert.Equal([Maintenance], home.Banner.Select(a => a.TitleEn));
        Assert.Equal([Maintenance, Sensor], home.All.Select(a => a.TitleEn));
    }

    [Fact, Trait("Req", "ANN-2")]
    public async Task One_users_dismissal_does_not_hide_the_announcement_from_another_user()
    {
        await using var app = await PortalApp.StartAsync();
        await DismissAsync(app, Demo.CustomerA, Sensor);
        await app.SignedInAs(Demo.AdminA);

        var home = await app.Send(new ListHomeAnnouncements());

        Assert.Equal([Maintenance, Sensor], home.Banner.Select(a => a.TitleEn));
    }

    [Fact]
    public async Task An_announcement_disappears_when_its_display_window_ends()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        app.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));
        var lastSecond = await app.Send(new ListHomeAnnouncements());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var ended = await app.Send(new ListHomeAnnouncements());

        Assert.Equal([Maintenance, Sensor], lastSecond.Banner.Select(a => a.TitleEn));
        Assert.Equal([Sensor], ended.Banner.Select(a => a.TitleEn));
        Assert.Equal([Sensor], ended.All.Select(a => a.TitleEn));
    }

    private static Task DismissAsync(PortalApp app, string userId, string titleEn) => app.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        var announcement = await db.Announcements.Where(a => a.TitleEn == titleEn).Select(a => a.Id).SingleAsync();
        var contact = await db.Contacts.Where(c => c.UserId == userId).Select(c => c.Id).SingleAsync();
        db.AnnouncementDismissals.Add(AnnouncementDismissal.Record(announcement, contact, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
    });
}
