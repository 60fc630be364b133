using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.WorkRequests;

/// <summary>
/// WR-1, WR-2, AGT-2 through the real HTTP pipeline: the catalog, a type's form with its field errors and a file,
/// the request page, the agent's accept into a case, another tenant's request as a 404, the type editor for
/// provider admins only.
/// </summary>
[Trait("Req", "WR-1")]
[Trait("Req", "WR-2")]
public sealed partial class WorkRequestPagesTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> AccountIdAsync(HttpClient client, string code, string number)
    {
        var match = AccountOption().Matches(await client.GetPageAsync($"/WorkRequests/New/{code}")).SingleOrDefault(m => m.Groups["number"].Value == number);
        Assert.True(match is not null, $"{number} is not offered");
        return match.Groups["id"].Value;
    }

    [Fact]
    public async Task The_catalog_offers_the_types_on_offer_and_lists_the_customers_own_requests()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var page = await client.GetPageAsync("/WorkRequests");

        Assert.Contains("01.お客様情報変更", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/WorkRequests/New/04\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/WorkRequests/New/09\"", page, StringComparison.Ordinal); // retired: not offered, its old request still listed
        Assert.Contains("送信した作業依頼", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.AccountB1, page, StringComparison.Ordinal);
        using var retired = await client.GetAsync("/WorkRequests/New/09", Ct);
        Assert.Equal(HttpStatusCode.NotFound, retired.StatusCode);
    }

    [Fact]
    public async Task A_form_with_errors_keeps_what_was_typed_and_names_each_field()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        var a1 = await AccountIdAsync(client, "02", DemoAccounts.AccountA1);

        using var refused = await client.SubmitAsync("/WorkRequests/New/02", new Dictionary<string, string>
        {
            ["AccountId"] = a1,
            ["Values.count"] = "二十",
            ["Values.startDate"] = "",
            ["Values.note"] = "急ぎです",
        });
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("追加ライセンス数は半角数字で入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("適用希望日を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"二十\"", html, StringComparison.Ordinal);
        Assert.Contains("急ぎです</textarea>", html, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-2"), Trait("Req", "TEN-1")]
    public async Task A_request_with_a_file_is_sent_accepted_by_an_agent_and_its_case_links_back()
    {
        var customer = await web.LoggedInAs(DemoAccounts.AdminA);
        var a3 = await AccountIdAsync(customer, "03", DemoAccounts.AccountA3);
        var token = Browsing.AntiforgeryToken(await customer.GetPageAsync("/WorkRequests/New/03"));
        using var sheet = new ByteArrayContent(Encoding.UTF8.GetBytes("policy,value\nblock-usb,on\n"));
        sheet.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(a3), "AccountId" },
            { new StringContent("USB 制御"), "Values.policy" },
            { new StringContent("USB を禁止に変更"), "Values.detail" },
            { sheet, "Values.sheet", "設定シート.csv" },
        };

        using var sent = await customer.PostAsync("/WorkRequests/New/03", form, Ct);
        var target = sent.RedirectTarget();
        Assert.Matches("^/WorkRequests/WR[0-9]{7}$", target);
        var page = await customer.GetPageAsync(target);
        Assert.Contains("作業依頼を送信しました。", page, StringComparison.Ordinal);
        Assert.Contains("USB を禁止に変更", page, StringComparison.Ordinal);
        var file = FileLink().Match(page).Groups["href"].Value;
        Assert.Equal("policy,value\nblock-usb,on\n", await customer.GetStringAsync(WebUtility.HtmlDecode(file), Ct));

        var other = await web.LoggedInAs(DemoAccounts.CustomerB);
        using var foreign = await other.GetAsync(target, Ct);
        using var unknown = await other.GetAsync("/WorkRequests/WR9999999", Ct);
        using var foreignFile = await other.GetAsync(WebUtility.HtmlDecode(file), Ct);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { foreign.StatusCode, unknown.StatusCode, foreignFile.StatusCode });
        Assert.Equal(RequestIdLine().Replace(Browsing.WithoutTokens(await unknown.Content.ReadAsStringAsync(Ct)), ""),
            RequestIdLine().Replace(Browsing.WithoutTokens(await foreign.Content.ReadAsStringAsync(Ct)), ""));

        var agent = await web.LoggedInAs(DemoAccounts.Agent);
        Assert.Contains(target[(target.LastIndexOf('/') + 1)..], await agent.GetPageAsync("/WorkRequests?status=Submitted"), StringComparison.Ordinal);
        using var accepted = await agent.SubmitAsync(target, new Dictionary<string, string>(), target + "?handler=Accept");
        var decided = await agent.GetPageAsync(accepted.RedirectTarget());
        var caseNumber = CaseLink().Match(decided).Groups["number"].Value;
        Assert.Contains($"作業依頼を受理し、ケース {caseNumber} を起票しました。", decided, StringComparison.Ordinal);
        var casePage = await customer.GetPageAsync($"/Cases/{caseNumber}");
        Assert.Contains($"href=\"{target}\"", casePage, StringComparison.Ordinal);
        Assert.Contains("作業依頼", casePage, StringComparison.Ordinal);
        Assert.Contains("USB を禁止に変更", casePage, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-2")]
    public async Task A_customer_cannot_accept_and_sees_no_review_form()
    {
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        var list = await customer.GetPageAsync("/WorkRequests?status=Submitted");
        var number = RequestLink().Match(list).Groups["number"].Value;

        var page = await customer.GetPageAsync($"/WorkRequests/{number}");
        using var accept = await customer.SubmitAsync($"/WorkRequests/{number}", new Dictionary<string, string>(), $"/WorkRequests/{number}?handler=Accept");

        Assert.DoesNotContain("handler=Accept", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
    }

    [Theory, Trait("Req", "AGT-3")]
    [InlineData(DemoAccounts.CustomerA)]
    [InlineData(DemoAccounts.AdminA)]
    [InlineData(DemoAccounts.Agent)]
    public async Task Only_the_provider_admin_opens_the_type_editor(string userId)
    {
        var client = await web.LoggedInAs(userId);

        using var list = await client.GetAsync("/Provider/RequestTypes", Ct);
        using var editor = await client.GetAsync("/Provider/RequestTypes/Edit", Ct);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { list.StatusCode, editor.StatusCode });
    }

    [Fact, Trait("Req", "AGT-3")]
    public async Task A_type_added_by_the_provider_admin_is_offered_to_customers_with_its_fields()
    {
        var admin = await web.LoggedInAs(DemoAccounts.ProviderAdmin);

        using var saved = await admin.SubmitAsync("/Provider/RequestTypes/Edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "07",
            ["Input.NameJa"] = "07.端末の初期化",
            ["Input.NameEn"] = "07. Device wipe",
            ["Input.SortOrder"] = "7",
            ["Input.Fields[0].Name"] = "device",
            ["Input.Fields[0].Kind"] = "Text",
            ["Input.Fields[0].LabelJa"] = "端末名",
            ["Input.Fields[0].LabelEn"] = "Device name",
            ["Input.Fields[0].Required"] = "true",
            ["Input.Fields[1].Name"] = "urgency",
            ["Input.Fields[1].Kind"] = "Choice",
            ["Input.Fields[1].LabelJa"] = "緊急度",
            ["Input.Fields[1].Choices"] = "high|至急|Urgent\nnormal|通常|Normal",
        });

        Assert.Equal("/Provider/RequestTypes", saved.RedirectTarget());
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);
        Assert.Contains("07.端末の初期化", await customer.GetPageAsync("/WorkRequests"), StringComparison.Ordinal);
        var form = await customer.GetPageAsync("/WorkRequests/New/07");
        Assert.Contains("端末名", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"high\">至急</option>", form, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-3")]
    public async Task A_broken_definition_is_refused_with_the_row_it_concerns_and_nothing_is_saved()
    {
        var admin = await web.LoggedInAs(DemoAccounts.ProviderAdmin);

        using var refused = await admin.SubmitAsync("/Provider/RequestTypes/Edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "08",
            ["Input.NameJa"] = "08.選択肢なし",
            ["Input.NameEn"] = "08. No choices",
            ["Input.Fields[0].Name"] = "plan",
            ["Input.Fields[0].Kind"] = "Choice",
            ["Input.Fields[0].LabelJa"] = "プラン",
        });
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("項目 1: 選択肢を 1 つ以上入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"08.選択肢なし\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("08.選択肢なし", await admin.GetPageAsync("/Provider/RequestTypes"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<option value=\"(?<id>[0-9a-f-]{36})\"[^>]*>(?<number>[A-Z][0-9]{9})")]
    private static partial Regex AccountOption();

    [GeneratedRegex("href=\"(?<href>/WorkRequests/WR[0-9]{7}\\?handler=File&amp;id=[0-9a-f-]{36})\"")]
    private static partial Regex FileLink();

    [GeneratedRegex("class=\"request-case\" href=\"/Cases/(?<number>CS[0-9]{7})\"")]
    private static partial Regex CaseLink();

    [GeneratedRegex("<code[^>]*>[^<]*</code>")]
    private static partial Regex RequestIdLine();

    [GeneratedRegex("href=\"/WorkRequests/(?<number>WR[0-9]{7})\"")]
    private static partial Regex RequestLink();
}
