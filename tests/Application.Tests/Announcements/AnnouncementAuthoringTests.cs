using FluentValidation;
using Portal.Application.Announcements.Commands.CreateAnnouncement;
using Portal.Application.Announcements.Commands.DeleteAnnouncement;
using Portal.Application.Announcements.Commands.DismissAnnouncement;
using Portal.Application.Announcements.Commands.EditAnnouncement;
using Portal.Application.Announcements.Queries.GetAnnouncementForm;
using Portal.Application.Announcements.Queries.ListAnnouncementSchedule;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Announcements;

/// <summary>
/// AGT-2, ANN-1: the staff write, change and delete announcements; customers may not; an unknown article, a broken window
/// or a form shown before a colleague's change is refused and nothing changes.
/// </summary>
[Trait("Req", "AGT-2")]
[Trait("Req", "ANN-1")]
public sealed class AnnouncementAuthoringTests
{
    private static EditAnnouncement Edit(AnnouncementForm form) =>
        new(form.Id!.Value, form.Version, form.TitleJa, form.TitleEn, form.DisplayFrom, form.DisplayTo, form.ArticleNumber);

    private static async Task<List<(string Property, string Message)>> FieldErrorsAsync(Func<Task> send) =>
        [.. (await Assert.ThrowsAsync<ValidationException>(send)).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_customer_can_neither_write_change_delete_nor_list_announcements(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await Announcements.CreateAsync(app, Announcements.New());
        var form = await app.Send(new GetAnnouncementForm(id));

        foreach (var customer in new[] { Demo.CustomerA, Demo.AdminA, Demo.CustomerB })
        {
            await app.SignedInAs(customer);
            await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(Announcements.New() with { TitleEn = "Hijacked" }));
            await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(Edit(form) with { TitleEn = "Hijacked" }));
            await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new DeleteAnnouncement(id, form.Version)));
            await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new GetAnnouncementForm(id)));
            await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new ListAnnouncementSchedule()));
        }

        await app.SignedInAs(Demo.Agent);
        var schedule = await app.Send(new ListAnnouncementSchedule());
        Assert.Equal(4, schedule.Count); // the three seeded and the agent's
        Assert.DoesNotContain(schedule, a => a.TitleEn == "Hijacked");
        Assert.Equal(form.Version, (await app.Send(new GetAnnouncementForm(id))).Version);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_provider_admin_changes_what_the_agent_wrote_and_customers_see_the_change(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await Announcements.CreateAsync(app, Announcements.New());
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var form = await app.Send(new GetAnnouncementForm(id));

        await app.Send(Edit(form) with { TitleEn = "Maintenance moved", DisplayFrom = Announcements.From.AddHours(-1) });

        Assert.Contains("Maintenance moved", (await Announcements.SeenByAsync(app, Demo.CustomerA)).Banner); // shown from 09:00 in Tokyo: now
        await app.SignedInAs(Demo.Agent);
        Assert.Equal(form.Version + 1, (await app.Send(new GetAnnouncementForm(id))).Version);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unknown_or_malformed_article_number_is_refused_on_its_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.Agent);
        var before = (await app.Send(new ListAnnouncementSchedule())).Count;

        var unknown = await FieldErrorsAsync(() => app.Send(Announcements.New("KB9999999")));
        var malformed = await FieldErrorsAsync(() => app.Send(Announcements.New("12345")));

        Assert.Equal([("ArticleNumber", "ナレッジ KB9999999 は見つかりません。ナレッジ番号を確認してください。")], unknown);
        Assert.Equal([("ArticleNumber", "ナレッジ番号は KB と数字 7 桁で入力してください（例: KB0010932）。")], malformed);
        Assert.Equal(before, (await app.Send(new ListAnnouncementSchedule())).Count);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_article_is_found_by_its_number_however_it_is_typed(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var number = await Announcements.ArticleNumberAsync(app, Announcements.ReleaseArticle);

        var id = await Announcements.CreateAsync(app, Announcements.New($" {number.ToLowerInvariant()} "));

        Assert.Equal(number, (await app.Send(new GetAnnouncementForm(id))).ArticleNumber);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_and_missing_titles_are_refused_field_by_field()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);

        var errors = await FieldErrorsAsync(() => app.Send(new CreateAnnouncement(" ", new string('x', 201), Announcements.To, Announcements.From, null)));
        var missing = await FieldErrorsAsync(() => app.Send(new CreateAnnouncement("t", "t", null, null, null)));
        var outOfRange = await FieldErrorsAsync(() => app.Send(new CreateAnnouncement("t", "t", DateTime.MinValue, DateTime.MaxValue, null)));

        Assert.Equal([
            ("TitleJa", "タイトル (日本語)を入力してください。"),
            ("TitleEn", "タイトル (英語)は 200 文字以内で入力してください（現在 201 文字）。"),
            ("DisplayTo", "掲載終了日時は掲載開始日時より後にしてください。")], errors);
        Assert.Equal([("DisplayFrom", "掲載開始日時を入力してください。"), ("DisplayTo", "掲載終了日時を入力してください。")], missing);
        Assert.Equal(["DisplayFrom", "DisplayTo"], outOfRange.Select(e => e.Property));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    [Trait("Req", "NFR-4")]
    public async Task An_edit_or_a_delete_from_a_form_shown_before_a_colleagues_edit_is_refused(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await Announcements.CreateAsync(app, Announcements.New());
        var stale = await app.Send(new GetAnnouncementForm(id));
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        await app.Send(Edit(stale) with { TitleJa = "メンテナンス日程変更のお知らせ" });
        await app.SignedInAs(Demo.Agent);

        var edit = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(Edit(stale) with { TitleEn = "Overwritten" }));
        var delete = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new DeleteAnnouncement(id, stale.Version)));

        Assert.Equal(["Announcement.ChangedMeanwhile", "Announcement.ChangedMeanwhile"], new[] { edit.Code, delete.Code });
        var now = await app.Send(new GetAnnouncementForm(id));
        Assert.Equal(("メンテナンス日程変更のお知らせ", Announcements.TitleEn), (now.TitleJa, now.TitleEn));
        Assert.NotEqual(stale.Version, now.Version);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_deleted_announcement_shows_nowhere_and_takes_its_dismissals_with_it(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var id = await Announcements.CreateAsync(app, Announcements.New());
        app.Clock.SetUtcNow(PortalApp.Start.AddHours(2));
        await app.SignedInAs(Demo.CustomerA);
        await app.Send(new DismissAnnouncement(id));
        await app.SignedInAs(Demo.Agent);

        await app.Send(new DeleteAnnouncement(id, (await app.Send(new GetAnnouncementForm(id))).Version));

        Assert.False((await Announcements.SeenByAsync(app, Demo.CustomerB)).Shows(Announcements.TitleEn));
        Assert.Equal(0, await Announcements.DismissalsAsync(app, id));
        await app.SignedInAs(Demo.Agent);
        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetAnnouncementForm(id)));
        Assert.DoesNotContain(await app.Send(new ListAnnouncementSchedule()), a => a.Id == id);
    }
}
