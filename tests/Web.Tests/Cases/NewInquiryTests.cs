using System.Net;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>CASE-1 and CASE-2 (guide 4.6 「ケースを作成」): the inquiry form. Each test creates cases, so each has its own portal.</summary>
[Trait("Req", "CASE-1")]
[Trait("Req", "CASE-2")]
public sealed partial class NewInquiryTests
{
    private const string Page = "/Cases/New";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> AccountIdAsync(HttpClient client, string number)
    {
        var match = AccountOption().Matches(await client.GetPageAsync(Page)).SingleOrDefault(m => m.Groups["number"].Value == number);
        Assert.True(match is not null, $"{number} is not offered");
        return match.Groups["id"].Value;
    }

    private static Dictionary<string, string> Form(string accountId, string category = "Service", string subject = "契約内容の確認",
        string description = "現在の契約内容を教えてください。") => new()
        {
            ["Input.CustomerAccountId"] = accountId,
            ["Input.Category"] = category,
            ["Input.Subject"] = subject,
            ["Input.Description"] = description,
        };

    [Fact]
    [Trait("Req", "TEN-1")]
    public async Task The_form_offers_only_the_users_customer_numbers_with_contractor_and_service()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        var page = await client.GetPageAsync(Page);

        Assert.Equal([DemoAccounts.AccountA1, DemoAccounts.AccountA2], AccountOption().Matches(page).Select(m => m.Groups["number"].Value));
        Assert.DoesNotContain(DemoAccounts.AccountA3, page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.AccountB1, page, StringComparison.Ordinal);
        Assert.Contains("同時にお問い合わせできるのは1件までです。", page, StringComparison.Ordinal);
        Assert.Contains("ご契約者名", page, StringComparison.Ordinal);
        Assert.Contains("故障について", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Alert\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_creates_the_case_and_shows_it()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var sent = await client.SubmitAsync(Page, Form(await AccountIdAsync(client, DemoAccounts.AccountA3)));

        Assert.Matches("^/Cases/CS[0-9]{7}$", sent.RedirectTarget());
    }

    [Fact]
    public async Task A_refused_inquiry_keeps_what_was_typed_and_links_the_open_case()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var a3 = await AccountIdAsync(client, DemoAccounts.AccountA3);
        using var first = await client.SubmitAsync(Page, Form(a3));
        var open = first.RedirectTarget();

        using var refused = await client.SubmitAsync(Page, Form(a3, "Other", "二件目の件名", "二件目の説明です。"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"href=\"{open}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"二件目の件名\"", page, StringComparison.Ordinal);
        Assert.Contains("二件目の説明です。</textarea>", page, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{a3}\" selected=\"selected\">", page);
    }

    [Fact]
    public async Task Field_errors_are_shown_next_to_the_fields_in_the_users_language()
    {
        await using var web = new PortalWebFactory();
        var client = await web.LoggedInAs(DemoAccounts.AdminA);

        using var refused = await client.SubmitAsync(Page, Form(await AccountIdAsync(client, DemoAccounts.AccountA3), subject: "", description: "説明だけ"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("field-validation-error", page, StringComparison.Ordinal);
        Assert.Contains("件名", page, StringComparison.Ordinal);
        Assert.Contains("説明だけ</textarea>", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "TEN-1")]
    [Trait("Req", "NFR-4")]
    public async Task Another_companys_customer_number_is_refused_like_none_chosen()
    {
        await using var web = new PortalWebFactory();
        var clientB = await web.LoggedInAs(DemoAccounts.CustomerB);
        var b1 = await AccountIdAsync(clientB, DemoAccounts.AccountB1);
        var clientA = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var refused = await clientA.SubmitAsync(Page, Form(b1, "Fault"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(">お客様番号を一覧から選択してください。</span>", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await using var web = new PortalWebFactory();

        using var response = await web.CreateBrowser().GetAsync(Page, Ct);

        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<option value=\"(?<id>[0-9a-f-]{36})\"[^>]*>(?<number>N[0-9]+)</option>")]
    private static partial Regex AccountOption();
}
