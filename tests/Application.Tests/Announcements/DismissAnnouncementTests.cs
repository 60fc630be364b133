using Portal.Application.Announcements.Commands.DismissAnnouncement;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Announcements;

/// <summary>
/// ANN-2 (guide 4.12): the banner's × hides the announcement from that user's banner for good (a later sign-in too);
/// the lists keep it, other users keep their banner, and dismissing again or at the same moment is no error.
/// </summary>
[Trait("Req", "ANN-2")]
public sealed class DismissAnnouncementTests
{
    private static async Task<Guid> ActiveAsync(PortalApp app)
    {
        var id = await Announcements.CreateAsync(app, Announcements.New());
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(2));
        return id;
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_dismissed_announcement_leaves_the_users_banner_for_good_and_stays_in_both_lists(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await ActiveAsync(app);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new DismissAnnouncement(id));

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        var later = await Announcements.SeenByAsync(app, Demo.CustomerA); // signed in again
        Assert.DoesNotContain(Announcements.TitleEn, later.Banner);
        Assert.Contains(Announcements.TitleEn, later.HomeList);
        Assert.Contains(Announcements.TitleEn, later.ListPage);
        Assert.Equal(2, later.Banner.Count); // the seeded announcements stay
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task One_users_dismissal_leaves_the_banner_of_every_other_user(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await ActiveAsync(app);
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new DismissAnnouncement(id));

        foreach (var other in new[] { Demo.AdminA, Demo.CustomerB, Demo.Agent })
            Assert.Contains(Announcements.TitleEn, (await Announcements.SeenByAsync(app, other)).Banner);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Dismissing_again_changes_nothing_and_is_no_error(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await ActiveAsync(app);
        await app.SignedInAs(Demo.CustomerA);
        await app.Send(new DismissAnnouncement(id));

        await app.Send(new DismissAnnouncement(id));

        Assert.Equal(1, await Announcements.DismissalsAsync(app, id));
        Assert.DoesNotContain(Announcements.TitleEn, (await Announcements.SeenByAsync(app, Demo.CustomerA)).Banner);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Ten_simultaneous_dismissals_of_one_user_all_succeed_and_leave_one(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await ActiveAsync(app);
        await app.SignedInAs(Demo.CustomerA);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => app.Send(new DismissAnnouncement(id)))));

        Assert.Equal(1, await Announcements.DismissalsAsync(app, id));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_announcement_before_its_window_or_unknown_cannot_be_dismissed(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var upcoming = await Announcements.CreateAsync(app, Announcements.New());
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new DismissAnnouncement(upcoming)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new DismissAnnouncement(Guid.CreateVersion7())));

        Assert.Equal(0, await Announcements.DismissalsAsync(app, upcoming));
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(1));
        Assert.Contains(Announcements.TitleEn, (await Announcements.SeenByAsync(app, Demo.CustomerA)).Banner);
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_dismiss()
    {
        await using var app = await PortalApp.StartAsync();
        var id = await ActiveAsync(app);

        await Assert.ThrowsAsync<UnauthenticatedException>(async () => await app.Anonymous().Send(new DismissAnnouncement(id)));

        Assert.Equal(0, await Announcements.DismissalsAsync(app, id));
    }
}
