using System.Globalization;
using Portal.Application.Tests.Support;
using Portal.Application.WorkRequests.Commands.SaveRequestType;
using Portal.Application.WorkRequests.Commands.SubmitWorkRequestForm;
using Portal.Application.WorkRequests.Queries.GetWorkRequestDetail;
using Portal.Domain.WorkRequests;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.WorkRequests;

/// <summary>
/// WR-1: each kind of field a request type's form is defined with checks what the customer typed; a refusal is
/// a field error on <c>Values[name]</c> that names the field by its label, and nothing is stored.
/// </summary>
[Trait("Req", "WR-1")]
public sealed class RequestFormTests
{
    public static TheoryData<string, string, string?, string> Refusals() => new()
    {
        { Requests.Licences, "count", "", "追加ライセンス数を入力してください。" },
        { Requests.Licences, "count", " \t ", "追加ライセンス数を入力してください。" },
        { Requests.Licences, "count", null, "追加ライセンス数を入力してください。" },
        { Requests.Licences, "count", "五十", "追加ライセンス数は半角数字で入力してください。" },
        { Requests.Licences, "count", "1,000", "追加ライセンス数は半角数字で入力してください。" },
        { Requests.Licences, "count", "0", "追加ライセンス数は 1 以上 10000 以下で入力してください。" },
        { Requests.Licences, "count", "10001", "追加ライセンス数は 1 以上 10000 以下で入力してください。" },
        { Requests.Licences, "startDate", "2026/12/15", "適用希望日は日付 (例: 2026-12-24) で入力してください。" },
        { Requests.Licences, "startDate", "2026-02-30", "適用希望日は日付 (例: 2026-12-24) で入力してください。" },
        { Requests.Change, "effectiveDate", "来月", "変更希望日は日付 (例: 2026-12-24) で入力してください。" },
        { Requests.Change, "target", "address", "変更対象を一覧から選択してください。" },
        { Requests.Change, "target", "ご担当者情報", "変更対象を一覧から選択してください。" },
        { Requests.Change, "contactName", new string('佐', 101), "ご担当者名は 100 文字以内で入力してください。" },
        { Requests.Change, "contactName", "佐藤\n太郎", "ご担当者名は 1 行で入力してください。" },
        { Requests.Change, "newValue", new string('x', RequestForm.MultiLineMax + 1), "変更内容は 4000 文字以内で入力してください。" },
        { Requests.Policy, "policy", new string('p', RequestForm.TextMax + 1), "対象ポリシーは 500 文字以内で入力してください。" },
        { Requests.Move, "target", Demo.A3, "移行先お客様番号はご利用中のお客様番号から選択してください。" },
        { Requests.Move, "target", Demo.B1, "移行先お客様番号はご利用中のお客様番号から選択してください。" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_value_the_field_does_not_take_is_a_field_error_naming_its_label(string code, string field, string? value, string message)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var before = await Requests.CountAsync(app);

        var refused = await Requests.FieldErrorsAsync(async () => await app.Send(await Requests.SubmitAsync(app, code, Demo.A1, (field, value))));

        Assert.Equal([($"Values[{field}]", message)], refused);
        Assert.Equal(before, await Requests.CountAsync(app));
    }

    [Fact]
    public async Task Every_refused_field_is_named_at_once_in_form_order()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Requests.FieldErrorsAsync(async () =>
            await app.Send(await Requests.SubmitAsync(app, Requests.Licences, Demo.A1, ("note", null), ("startDate", "tomorrow"), ("count", ""))));

        Assert.Equal(["Values[count]", "Values[startDate]"], refused.Select(e => e.Property));
    }

    [Fact]
    [Trait("Req", "UI-3")]
    public async Task The_messages_name_the_English_label_for_an_English_page()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerB);
        var submission = await Requests.SubmitAsync(app, Requests.Licences, Demo.B1, ("count", "many"), ("startDate", "2026-13-01"));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        List<(string Property, string Message)> refused;
        try
        {
            refused = await Requests.FieldErrorsAsync(() => app.Send(submission));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal(
            [("Values[count]", "Enter the Licences to add as a number."), ("Values[startDate]", "Enter the Requested date as a date (e.g. 2026-12-24).")],
            refused);
    }

    [Fact]
    public async Task Accepted_answers_are_kept_as_the_form_showed_them()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Change, Demo.A2, ("contactName", "  佐藤 太郎  "), ("effectiveDate", null)));

        var answers = (await app.Send(new GetWorkRequestDetail(number))).Answers.Select(a => (a.Label, a.Value)).ToList();
        Assert.Equal([("変更対象", "ご担当者情報"), ("ご担当者名", "佐藤 太郎"), ("変更内容", "電話番号を 06-1111-2222 に変更"), ("変更希望日", "")], answers);
    }

    [Theory]
    [Trait("Req", "TEN-1")]
    [InlineData(Demo.CustomerA, Demo.A2)]
    [InlineData(Demo.AdminA, Demo.A3)]
    [InlineData(Demo.CustomerB, Demo.B2)]
    public async Task A_customer_number_field_takes_the_users_linked_numbers(string userId, string target)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(userId);
        var from = userId == Demo.CustomerB ? Demo.B1 : Demo.A1;

        var number = await app.Send(await Requests.SubmitAsync(app, Requests.Move, from, ("target", target)));

        Assert.Contains(("移行先お客様番号", target), (await app.Send(new GetWorkRequestDetail(number))).Answers.Select(a => (a.Label, a.Value)));
    }

    [Fact]
    [Trait("Req", "TEN-1")]
    public async Task A_customer_number_field_refuses_another_companys_number_even_to_its_admin()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var refused = await Requests.FieldErrorsAsync(async () => await app.Send(await Requests.SubmitAsync(app, Requests.Move, Demo.A3, ("target", Demo.B2))));

        Assert.Equal(["Values[target]"], refused.Select(e => e.Property));
    }

    [Fact]
    [Trait("Req", "CASE-8")]
    public async Task A_required_file_field_without_a_file_is_a_field_error()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(DemoAccounts.ProviderAdmin);
        await app.Send(Requests.NewType("10",
            new RequestFieldInput("serial", FormFieldKind.Text, "シリアル番号", "Serial number", Required: true),
            new RequestFieldInput("proof", FormFieldKind.File, "証明書", "Certificate", Required: true)));
        await app.SignedInAs(Demo.CustomerA);
        var before = await Requests.CountAsync(app);

        var refused = await Requests.FieldErrorsAsync(async () =>
            await app.Send(new SubmitWorkRequestForm("10", await Requests.AccountIdAsync(app, Demo.A1),
                new Dictionary<string, string?> { ["serial"] = "SN-0001" })));

        Assert.Equal([("Values[proof]", "証明書のファイルを添付してください。")], refused);
        Assert.Equal(before, await Requests.CountAsync(app));
    }
}
