using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Admin;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.SaveRequestType;
using Portal.Application.WorkRequests.Commands.SetRequestTypeActive;
using Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;
using Portal.Application.WorkRequests.Queries.GetRequestForm;
using Portal.Application.WorkRequests.Queries.GetRequestType;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Application.WorkRequests.Queries.ListRequestTypes;
using Portal.Domain.Common;
using Portal.Domain.WorkRequests;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>WR-1: the provider admin keeps the catalog as data; requests already sent read as they were sent.</summary>
[Trait("Req", "WR-1")]
public sealed class RequestTypeTests
{
    private static RequestFieldInput Field(string name) => new(name, FormFieldKind.Text, "内容", "Details", Required: true);

    private static Task<int> TypesAsync(PortalApp app) => app.InScopeAsync(sp => sp.Db().WorkRequestTypes.CountAsync());

    private static async Task<List<string>> CodesAsync(PortalApp app, bool includeRetired = false) =>
        [.. (await app.Send(new ListRequestTypes(includeRetired))).Select(t => t.Code)];

    [Fact]
    public async Task A_request_keeps_the_labels_it_was_sent_with_after_its_type_is_edited()
    {
        await using var app = await PortalApp.StartAsync();
        var seeded = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        await app.SignedInAs(Demo.CustomerA);
        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A1));
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var edit = await app.Send(new GetRequestType((await Requests.TypeAsync(app, Requests.Licences)).Id));
        var count = edit.Fields.Single(f => f.Name == "count");
        var startDate = edit.Fields.Single(f => f.Name == "startDate");

        await app.Send(new SaveRequestType(edit.Id, edit.Version, edit.Code, "02.ライセンス追加申請", "02. Licence request", edit.DescriptionJa,
            edit.DescriptionEn, edit.SortOrder, [count with { LabelJa = "追加台数", LabelEn = "Devices to add" }, startDate,
                new RequestFieldInput("reason", FormFieldKind.Text, "追加理由", "Reason", Required: true)]));

        await app.SignedInAs(Demo.CustomerA);
        var sent = await app.Send(new GetWorkRequestDetail(number));
        Assert.Equal([("追加ライセンス数", "120"), ("適用希望日", "2026-12-15"), ("備考", "新拠点の端末")], sent.Answers.Select(a => (a.Label, a.Value)));
        Assert.Contains(("追加ライセンス数", "50"), (await app.Send(new GetWorkRequestDetail(seeded))).Answers.Select(a => (a.Label, a.Value)));
        Assert.Equal(["追加台数", "適用希望日", "追加理由"], (await app.Send(new GetRequestForm(Requests.Licences))).Fields.Select(f => f.Label));
        Assert.Equal([("Values[reason]", "追加理由を入力してください。")],
            await Requests.FieldErrorsAsync(async () => await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A1))));
    }

    [Fact]
    [Trait("Req", "NFR-4")]
    public async Task An_edit_from_an_editor_shown_before_another_edit_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var edit = await app.Send(new GetRequestType((await Requests.TypeAsync(app, Requests.Policy)).Id));
        var save = new SaveRequestType(edit.Id, edit.Version, edit.Code, edit.NameJa, edit.NameEn, edit.DescriptionJa, edit.DescriptionEn,
            edit.SortOrder, edit.Fields);
        await app.Send(save with { NameJa = "03.ポリシー変更" });

        Assert.Equal("WorkRequestType.ChangedMeanwhile", await Requests.RefusalAsync(() => app.Send(save with { NameJa = "03.設定変更" })));
        Assert.Equal("WorkRequestType.ChangedMeanwhile", await Requests.RefusalAsync(() => app.Send(new SetRequestTypeActive(edit.Id, edit.Version, false))));
        Assert.Equal("03.ポリシー変更", (await app.Send(new GetRequestType(edit.Id))).NameJa);
    }

    [Fact]
    public async Task A_retired_type_is_neither_offered_nor_submitted_but_its_requests_stay_readable_until_it_is_offered_again()
    {
        await using var app = await PortalApp.StartAsync();
        var old = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Submitted);
        var (id, version) = await Requests.TypeAsync(app, Requests.Licences);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);

        await app.Send(new SetRequestTypeActive(id, version, Active: false));

        await app.SignedInAs(Demo.CustomerA);
        var before = await Requests.CountAsync(app);
        var submission = await Requests.SubmitAsync(app, Requests.Licences, Demo.A1);
        Assert.Equal("WorkRequest.TypeInactive", await Requests.RefusalAsync(() => app.Send(submission)));
        Assert.Equal(before, await Requests.CountAsync(app));
        Assert.Equal([Requests.Change, Requests.Policy, Requests.Move], await CodesAsync(app));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => CodesAsync(app, includeRetired: true)); // the whole catalog is the provider admins'

        await Assert.ThrowsAsync<NotFoundException>(async () => await app.Send(new GetRequestForm(Requests.Licences)));
        var request = await app.Send(new GetWorkRequestDetail(old));
        Assert.Equal((Requests.Licences, false, WorkRequestStatus.Submitted), (request.TypeCode, request.TypeOnOffer, request.Status));
        Assert.Contains(("追加ライセンス数", "50"), request.Answers.Select(a => (a.Label, a.Value)));
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        var catalog = await app.Send(new ListRequestTypes(IncludeRetired: true));
        Assert.Equal([true, false, true, true, false], catalog.Select(t => t.IsActive));

        await app.Send(new SetRequestTypeActive(id, (await Requests.TypeAsync(app, Requests.Licences)).Version, Active: true));

        await app.SignedInAs(Demo.CustomerA);
        Assert.True(WorkRequest.IsValidNumber(await app.Send(submission)));
    }

    [Fact]
    public async Task The_seeded_retired_types_old_request_reads_as_sent_and_the_type_takes_no_new_one()
    {
        await using var app = await PortalApp.StartAsync();
        var old = await Requests.SeededAsync(app, Demo.A1, WorkRequestStatus.Rejected);
        await app.SignedInAs(Demo.CustomerA);

        var request = await app.Send(new GetWorkRequestDetail(old));

        Assert.Equal((Requests.Retired, "09.旧センサー更新 (受付終了)", false), (request.TypeCode, request.TypeName, request.TypeOnOffer));
        Assert.Equal([("対象端末", "iPhone-001")], request.Answers.Select(a => (a.Label, a.Value)));
        Assert.StartsWith("この作業は受付を終了しました。", request.RejectionReason, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => CodesAsync(app, includeRetired: true));
        var submission = new SubmitWorkRequestForm(Requests.Retired,
            await Requests.AccountIdAsync(app, Demo.A1), new Dictionary<string, string?> { ["devices"] = "iPhone-002" });
        Assert.Equal("WorkRequest.TypeInactive", await Requests.RefusalAsync(() => app.Send(submission)));
    }

    [Theory]
    [ClassData(typeof(NotProviderAdmins))]
    public async Task Only_a_provider_admin_keeps_the_catalog(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var (id, version) = await Requests.TypeAsync(app, Requests.Licences);
        var types = await TypesAsync(app);
        await app.SignedInAs(userId);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(Requests.NewType("05", Field("detail"))));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await app.Send(new SaveRequestType(id, version, Requests.Licences, "乗っ取り", "Hijacked", null, null, 1, [Field("detail")])));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new SetRequestTypeActive(id, version, Active: false)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(new GetRequestType(id)));

        Assert.Equal((types, version), (await TypesAsync(app), (await Requests.TypeAsync(app, Requests.Licences)).Version));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => CodesAsync(app, includeRetired: true));
    }

    [Theory]
    [InlineData(Requests.Change)]
    [InlineData(Requests.Retired)]
    public async Task A_code_already_in_the_catalog_is_refused(string code)
    {
        await using var app = await PortalApp.StartAsync();
        var types = await TypesAsync(app);
        await app.SignedInAs(DemoAccounts.ProviderAdmin);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(Requests.NewType(code, Field("detail"))));

        Assert.Equal(("WorkRequestType.CodeTaken", code), (refused.Code, refused.Details["code"]));
        Assert.Equal(types, await TypesAsync(app));
    }

    [Fact]
    public async Task A_new_type_is_offered_in_its_order_and_takes_requests()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        await app.Send(Requests.NewType("05", Field("detail")) with { SortOrder = 5 });
        await app.SignedInAs(Demo.CustomerA);

        Assert.Equal([Requests.Change, Requests.Licences, Requests.Policy, Requests.Move, "05"], await CodesAsync(app));
        var number = await app.Send(new SubmitWorkRequestForm("05",
            await Requests.AccountIdAsync(app, Demo.A2), new Dictionary<string, string?> { ["detail"] = "テスト" }));
        Assert.Equal([("内容", "テスト")], (await app.Send(new GetWorkRequestDetail(number))).Answers.Select(a => (a.Label, a.Value)));
    }
}
