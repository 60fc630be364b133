using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Services;

/// <summary>SVC-1 (guide 4.10): サービス設定情報 and a contract's page. One portal serves the class; nothing here changes data.</summary>
[Trait("Req", "SVC-1")]
public sealed partial class ServiceSettingsPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string Notice = "※お客様サービス利用情報の内容変更には申込書によるお申込みが必要となりますので、営業担当者へご連絡をお願いいたします。";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact, Trait("Req", "TEN-1")]
    public async Task A_customer_sees_the_contracts_of_its_linked_numbers_with_the_guides_columns()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync("/Services");

        Assert.Equal([(DemoAccounts.AccountA1, "本店"), (DemoAccounts.AccountA2, "大阪支店")], Rows(html));
        foreach (var column in new[] { "ご契約者名", "お客様番号", "サービス名", "ご契約開始日" })
            Assert.Contains($"<th scope=\"col\">{column}</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"サービス名\">CrowdStrike Falcon Mobile マネージドサービス</td>", html, StringComparison.Ordinal);
        Assert.Contains(">2024-04-01</td>", html, StringComparison.Ordinal);
        Assert.Contains("1~2 件目 / 2 件", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"breadcrumb-item active\" aria-current=\"page\">サービス設定情報</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.AccountA3, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.AccountB1, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_sees_every_customers_contracts()
    {
        var client = await web.LoggedInAs(DemoAccounts.Agent);

        var html = await client.GetPageAsync("/Services");

        Assert.Equal([DemoAccounts.AccountA1, DemoAccounts.AccountA2, DemoAccounts.AccountA3, DemoAccounts.AccountB1, DemoAccounts.AccountB2],
            Rows(html).Select(r => r.Number));
        Assert.Contains("1~5 件目 / 5 件", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_the_three_sections_read_only_with_the_notice_and_the_way_to_apply()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var html = await client.GetPageAsync($"/Services/{DemoAccounts.AccountA1}");

        foreach (var heading in new[] { "お客様情報", "サービス利用情報", "CrowdStrike Falcon Mobile設定情報" })
            Assert.Contains($">{heading}</h2>", html, StringComparison.Ordinal);
        Assert.Contains(Notice, html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"btn btn-outline-primary btn-sm\" href=\"/WorkRequests/New/01?accountNumber=N202400001\">作業依頼で申し込む</a>", html, StringComparison.Ordinal);
        foreach (var (label, value) in new[]
                 {
                     ("お客様番号", DemoAccounts.AccountA1), ("ご契約者名", "本店"), ("サービス名", "CrowdStrike Falcon Mobile マネージドサービス"),
                     ("ご契約開始日", "2024-04-01"), ("ライセンス種別", "Falcon for Mobile"), ("ご契約ID数", "500"),
                     ("CrowdStrike Customer Name", "SAMPLEBANK-HQ"),
                 })
            Assert.Matches($"<dt class=\"col-sm-4\">{Regex.Escape(label)}</dt><dd class=\"col-sm-8\">{Regex.Escape(value)}</dd>", html);
        Assert.Matches("<dt class=\"col-sm-4\">CrowdStrike CID</dt><dd class=\"col-sm-8 font-monospace text-break\">[0-9A-F]{32}</dd>", html);
        Assert.DoesNotContain("<form", html.Split("<main", 2)[^1].Split("</main>")[0], StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task Another_companys_or_an_unlinked_number_is_the_same_404_as_an_unknown_one()
    {
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var unknown = await customer.GetAsync("/Services/N999999999", Ct);
        using var other = await customer.GetAsync($"/Services/{DemoAccounts.AccountB1}", Ct);
        using var unlinked = await customer.GetAsync($"/Services/{DemoAccounts.AccountA3}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlinked.StatusCode);
        var expected = await SameForAnyRequestAsync(unknown);
        Assert.Equal(expected, await SameForAnyRequestAsync(other));
        Assert.Equal(expected, await SameForAnyRequestAsync(unlinked));
    }

    [Fact, Trait("Req", "UI-3")]
    public async Task An_english_user_reads_the_list_and_the_detail_in_english()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerB);

        var list = await client.GetPageAsync("/Services");
        var detail = await client.GetPageAsync($"/Services/{DemoAccounts.AccountB1}");

        Assert.Equal([(DemoAccounts.AccountB1, "Head office"), (DemoAccounts.AccountB2, "Singapore branch")], Rows(list));
        foreach (var column in new[] { "Contractor name", "Customer number", "Service", "Contract start date" })
            Assert.Contains($"<th scope=\"col\">{column}</th>", list, StringComparison.Ordinal);
        Assert.Contains(">CrowdStrike Falcon Mobile managed service</td>", list, StringComparison.Ordinal);
        Assert.Contains("1–2 of 2", list, StringComparison.Ordinal);
        foreach (var heading in new[] { "Customer information", "Service usage", "CrowdStrike Falcon Mobile settings" })
            Assert.Contains($">{heading}</h2>", detail, StringComparison.Ordinal);
        Assert.Contains("requires an application form", detail, StringComparison.Ordinal);
        Assert.Contains(">Apply with a work request</a>", detail, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"col-sm-4\">Contracted IDs</dt><dd class=\"col-sm-8\">300</dd>", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("お客様", list + detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_tile_and_the_menu_lead_to_the_service_settings()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var home = await client.GetPageAsync("/");

        Assert.True(Regex.Count(home, "href=\"/Services\"") >= 2, "the menu link and the home tile");
    }

    private static List<(string Number, string Contractor)> Rows(string html) =>
        [.. ContractLink().Matches(html).Select(m => (m.Groups["number"].Value, System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value)))];

    /// <summary>The page without what differs on every response anyway: antiforgery tokens and the request id.</summary>
    private static async Task<string> SameForAnyRequestAsync(HttpResponseMessage response) =>
        Regex.Replace(Browsing.WithoutTokens(await response.Content.ReadAsStringAsync(Ct)), "<code[^>]*>[^<]*</code>", "<code></code>");

    [GeneratedRegex("<td data-label=\"[^\"]*\"><a href=\"/Services/(?<number>[A-Z][0-9]{9})\">(?<name>[^<]*)</a></td>")]
    private static partial Regex ContractLink();
}
