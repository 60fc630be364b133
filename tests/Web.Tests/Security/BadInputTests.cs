using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Attachments;
using Portal.Web.Tests.Cases;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Security;

/// <summary>
/// NFR-4: input a browser would never send (too large, too many fields, control characters, forged choices)
/// is refused with a localized 4xx page or a field error, never a 500, and nothing of it is stored.
/// </summary>
[Trait("Req", "NFR-4")]
public sealed partial class BadInputTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string CaseSubject = "iOS 18 でのアラート通知仕様";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, string Page)> CaseOfCustomerAsync()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);
        return (client, $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), CaseSubject)}");
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string page, string action, string body)
    {
        var token = Browsing.AntiforgeryToken(await client.GetPageAsync(page));
        using var content = new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(token)}&{body}", Encoding.UTF8, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;
        return await client.PostAsync(action, content, Ct);
    }

    [Fact]
    public async Task A_comment_over_the_form_value_limit_is_a_localized_413_page()
    {
        var (client, page) = await CaseOfCustomerAsync();

        using var response = await PostRawAsync(client, page, $"{page}?handler=Comment", "BodyHtml=" + new string('a', 5 * 1024 * 1024));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("送信された内容が大きすぎます", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 1000), await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_form_fields_are_a_localized_400_page()
    {
        var (client, page) = await CaseOfCustomerAsync();
        var fields = string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"f{i}=x"));

        using var response = await PostRawAsync(client, page, $"{page}?handler=Comment", "BodyHtml=many-fields&" + fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("入力内容に誤りがあります", html, StringComparison.Ordinal);
        Assert.DoesNotContain("many-fields", await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NUL_in_a_form_is_a_localized_400_page_and_nothing_is_stored()
    {
        var (client, page) = await CaseOfCustomerAsync();

        using var response = await PostRawAsync(client, page, $"{page}?handler=Comment", "BodyHtml=%3Cp%3Enul-marker%00here%3C%2Fp%3E");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("送信された内容に使用できない文字（制御文字）が含まれています。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("nul-marker", await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_a_comment_is_an_error_on_the_page_and_nothing_is_stored()
    {
        var (client, page) = await CaseOfCustomerAsync();

        using var response = await PostRawAsync(client, page, $"{page}?handler=Comment", "BodyHtml=%3Cp%3Ebell-marker%07here%3C%2Fp%3E");

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("コメントに使用できない文字（制御文字）が含まれています。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bell-marker", await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NUL_in_the_list_filter_is_a_message_not_a_500()
    {
        var (client, _) = await CaseOfCustomerAsync();

        var html = await client.GetPageAsync("/Cases?f=subject.contains.a%00b");

        Assert.Equal("フィルターに使用できない文字（制御文字）が含まれています。", FilterCrumbs.Errors(html));
    }

    [Theory]
    [InlineData("Bogus", "Service", "お問い合わせ種別を一覧から選択してください。")]
    [InlineData("99", "Service", "お問い合わせ種別を一覧から選択してください。")]
    [InlineData("Alert", "Service", "お問い合わせ種別を一覧から選択してください。")]
    [InlineData("Service", "forged", "お客様番号を一覧から選択してください。")]
    [InlineData("Service", "other-company", "お客様番号を一覧から選択してください。")]
    [InlineData("Service", "nul", "送信された内容に使用できない文字（制御文字）が含まれています。")]
    public async Task A_forged_inquiry_is_a_field_error_and_creates_nothing(string category, string account, string error)
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var subject = $"forged-{category}-{account}";
        var accountId = account switch
        {
            "forged" => Guid.NewGuid().ToString(),
            "other-company" => await AccountOfAsync(await web.LoggedInAs(DemoAccounts.CustomerB), DemoAccounts.AccountB1),
            _ => await AccountOfAsync(client, DemoAccounts.AccountA3),
        };
        var fields = new Dictionary<string, string>
        {
            ["Input.CustomerAccountId"] = accountId,
            ["Input.Category"] = category,
            ["Input.Subject"] = account == "nul" ? subject + "\0" : subject,
            ["Input.Description"] = "説明です。",
        };

        using var response = await client.SubmitAsync("/Cases/New", fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains(error, html, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, await client.GetPageAsync("/Cases"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NUL_in_a_streamed_inquiry_is_a_field_error_and_keeps_no_file()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var fields = new Dictionary<string, string>
        {
            ["Input.CustomerAccountId"] = await AccountOfAsync(client, DemoAccounts.AccountA3),
            ["Input.Category"] = "Service",
            ["Input.Subject"] = "streamed-nul\0",
            ["Input.Description"] = "説明です。",
        };

        using var response = await client.PostFilesAsync("/Cases/New", "/Cases/New", [("files", "log.txt", new ByteArrayContent([1, 2, 3]))], fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains(">件名に使用できない文字（制御文字）が含まれています。</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("streamed-nul", await client.GetPageAsync("/Cases"), StringComparison.Ordinal);
        Assert.Empty(Uploading.Stored(web));
    }

    [Fact]
    public async Task An_inquiry_field_over_the_streamed_form_limit_is_a_form_error_and_keeps_no_file()
    {
        var client = await web.LoggedInAs(DemoAccounts.AdminA);
        var fields = new Dictionary<string, string>
        {
            ["Input.CustomerAccountId"] = await AccountOfAsync(client, DemoAccounts.AccountA3),
            ["Input.Category"] = "Service",
            ["Input.Subject"] = "huge-description",
            ["Input.Description"] = new string('x', 300 * 1024),
        };

        using var response = await client.PostFilesAsync("/Cases/New", "/Cases/New", [("files", "log.txt", new ByteArrayContent([1, 2, 3]))], fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("送信された内容が大きすぎるため、受け付けられませんでした。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("huge-description", await client.GetPageAsync("/Cases"), StringComparison.Ordinal);
        Assert.Empty(Uploading.Stored(web));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_a_localized_400_page()
    {
        var (client, page) = await CaseOfCustomerAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "files", "a.txt" } };

        using var response = await client.PostAsync($"{page}/Attachments", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("送信された内容を受け付けられませんでした。ページを再読み込みしてから、もう一度お試しください。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_does_not_bind_is_a_localized_400_page_and_changes_nothing()
    {
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var response = await client.SubmitAsync("/Cases", new Dictionary<string, string> { ["name"] = "forged-visibility", ["visibility"] = "Bogus" }, "/Cases?handler=SaveFilter");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("選択または入力された値「Bogus」は使用できません。", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("forged-visibility", await client.GetPageAsync("/Cases"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("PUT")]
    [InlineData("POST")]
    public async Task The_error_page_answers_any_method_with_a_body(string method)
    {
        var client = web.CreateBrowser();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/no-such-page")
        {
            Content = new StringContent("a=%00&" + string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=x")), Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<string> AccountOfAsync(HttpClient client, string number) =>
        AccountOption().Matches(await client.GetPageAsync("/Cases/New")).Single(m => m.Groups["number"].Value == number).Groups["id"].Value;

    [GeneratedRegex("<option value=\"(?<id>[0-9a-f-]{36})\"[^>]*>(?<number>N[0-9]+)</option>")]
    private static partial Regex AccountOption();
}
