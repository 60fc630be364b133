using Portal.Domain.Announcements;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Announcements;

[Trait("Req", "ANN-1")]
public class AnnouncementTests
{
    private static readonly Announcement Maintenance = Announcement.Create("メンテナンスのお知らせ", "Maintenance",
        A.Now, A.Now.AddDays(7), Guid.CreateVersion7());

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(60 * 24 * 7 - 1, true)]
    [InlineData(60 * 24 * 7, false)]
    public void An_announcement_is_active_from_its_start_until_before_its_end(int minutes, bool active) =>
        Assert.Equal(active, Maintenance.IsActiveAt(A.Now.AddMinutes(minutes)));

    [Theory]
    [InlineData(-1, AnnouncementState.Upcoming)]
    [InlineData(0, AnnouncementState.Active)]
    [InlineData(60 * 24 * 7 - 1, AnnouncementState.Active)]
    [InlineData(60 * 24 * 7, AnnouncementState.Ended)]
    public void An_announcement_is_upcoming_before_its_window_and_ended_from_its_end(int minutes, AnnouncementState state) =>
        Assert.Equal(state, Maintenance.StateAt(A.Now.AddMinutes(minutes)));

    [Fact]
    public void The_window_is_compared_as_instants_whatever_the_offset() =>
        Assert.True(Maintenance.IsActiveAt(A.Now.ToUniversalTime()));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_window_must_end_after_it_starts(int days)
    {
        var ex = A.Refusal(() => Announcement.Create("t", "t", A.Now, A.Now.AddDays(days), null));

        Assert.Equal("Announcement.InvalidWindow", ex.Code);
    }
}
