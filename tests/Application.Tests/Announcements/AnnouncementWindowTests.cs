using Portal.Application.Announcements.Queries.GetAnnouncementForm;
using Portal.Application.Tests.Support;
using Portal.Domain.Announcements;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Announcements;

/// <summary>
/// ANN-1: an announcement shows in the banner, the home list and the Announcements page from its start (inclusive) until its
/// end (exclusive), and nowhere outside that window; the window is typed in the author's time zone (UI-3).
/// </summary>
[Trait("Req", "ANN-1")]
public sealed class AnnouncementWindowTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_sees_the_announcement_from_its_start_until_just_before_its_end(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await Announcements.CreateAsync(app, Announcements.New());
        var start = PortalApp.Start.AddHours(1); // 10:00 in Tokyo
        var end = PortalApp.Start.AddHours(3); // 12:00 in Tokyo

        var seen = new List<(bool Shown, AnnouncementState State)>();
        foreach (var moment in new[] { start.AddSeconds(-1), start, end.AddSeconds(-1), end })
        {
            app.Clock.SetUtcNow(moment);
            seen.Add(((await Announcements.SeenByAsync(app, Demo.CustomerA)).Shows(Announcements.TitleEn), (await Announcements.ScheduledAsync(app, id)).State));
        }

        Assert.Equal([(false, AnnouncementState.Upcoming), (true, AnnouncementState.Active), (true, AnnouncementState.Active), (false, AnnouncementState.Ended)], seen);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Inside_its_window_it_is_in_the_banner_the_home_list_and_the_list_page_newest_first(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await Announcements.CreateAsync(app, Announcements.New());
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(2));

        var seen = await Announcements.SeenByAsync(app, Demo.CustomerB);

        string[] expected = [Announcements.TitleEn, "Scheduled maintenance of the customer portal", "New Falcon Mobile sensor version available"];
        Assert.Equal(expected, seen.Banner);
        Assert.Equal(expected, seen.HomeList);
        Assert.Equal(expected, seen.ListPage);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_window_is_read_in_the_authors_time_zone_and_shown_back_in_it(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await Announcements.CreateAsync(app, Announcements.New());

        var row = await Announcements.ScheduledAsync(app, id);
        var form = await app.Send(new GetAnnouncementForm(id));

        Assert.Equal((PortalApp.Start.AddHours(1), PortalApp.Start.AddHours(3)), (row.DisplayFrom, row.DisplayTo));
        Assert.Equal((Announcements.From, Announcements.To, "Asia/Tokyo"), (form.DisplayFrom, form.DisplayTo, form.TimeZone));
        Assert.Equal((Announcements.TitleJa, Announcements.TitleEn, AnnouncementState.Upcoming), (form.TitleJa, form.TitleEn, form.State));
    }

    [Fact]
    public async Task A_new_announcement_is_offered_from_the_next_full_hour_for_a_week()
    {
        await using var app = await PortalApp.StartAsync();
        app.Clock.SetUtcNow(PortalApp.Start.AddMinutes(25)); // 09:25 in Tokyo
        await app.SignedInAs(Demo.Agent);

        var form = await app.Send(new GetAnnouncementForm());

        Assert.Equal(((Guid?)null, Announcements.From, Announcements.From.AddDays(7), (AnnouncementState?)null), (form.Id, form.DisplayFrom, form.DisplayTo, form.State));
    }
}
