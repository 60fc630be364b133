using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The heart of the product in a real browser: a customer opens an inquiry, an agent answers and resolves
/// it, the customer accepts the solution and the case is closed; each step's mail is received by a real
/// SMTP listener (CASE-1, CASE-3, CASE-7, AGT-1, MAIL-1). Screenshots of the list, the filter builder and
/// the case page. The inquiry carries an attachment the agent downloads byte-identical (CASE-8).
/// </summary>
public sealed partial class CaseFlowTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private const string CustomerAddress = "admin.a@example.com";

    [Fact, Trait("Req", "CASE-1"), Trait("Req", "CASE-3"), Trait("Req", "AGT-1"), Trait("Req", "MAIL-1")]
    public async Task A_customer_inquiry_is_answered_and_resolved_by_an_agent_then_accepted_and_closed()
    {
        using var mailbox = new Mailbox();
        var portal = Serve(new PortalServer(mailbox));
        var customer = await NewPageAsync();
        var customerErrors = await PageErrors.RecordAsync(customer);

        // The customer (company A's admin; N202400003 has no open inquiry) sends an inquiry.
        await SignInAsync(customer, portal, DemoAccounts.AdminA);
        await customer.GotoAsync(portal.Url("/Cases/New"));
        await customer.GetByLabel("お客様番号").SelectOptionAsync(new SelectOptionValue { Label = DemoAccounts.AccountA3 });
        await customer.GetByLabel("お問い合わせ種別").SelectOptionAsync(new SelectOptionValue { Label = "サービスについて" });
        await customer.GetByLabel("件名").FillAsync("検疫ポリシーの適用範囲について");
        await customer.GetByLabel("説明").FillAsync("営業部の端末だけにポリシーを適用できますか。");
        var attachment = new FilePayload { Name = "端末一覧.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("端末名,部署\nSales-001,営業部\n") };
        await customer.GetByLabel("添付ファイル（任意）").SetInputFilesAsync(attachment);
        await customer.GetByRole(AriaRole.Button, new() { Name = "送信", Exact = true }).ClickAsync();

        await customer.WaitForURLAsync(CasePage());
        var number = CasePage().Match(customer.Url).Groups[1].Value;
        await Expect(customer.Locator(".case-status")).ToHaveTextAsync("新規");
        await customer.GetByRole(AriaRole.Tab, new() { Name = "添付ファイル (1)" }).ClickAsync();
        await Expect(customer.GetByRole(AriaRole.Link, new() { Name = "端末一覧.csv" })).ToBeVisibleAsync();
        await DeliverAsync(mailbox, portal, 1);
        Assert.Contains(mailbox.To(CustomerAddress), m => (m.Subject ?? string.Empty).Contains($"[{number}] お問い合わせを受け付けました", StringComparison.Ordinal));

        // The agent finds it in the queue by keyword, comments and resolves it.
        var agent = await NewPageAsync();
        var agentErrors = await PageErrors.RecordAsync(agent);
        await SignInAsync(agent, portal, DemoAccounts.Agent);
        await agent.GotoAsync(portal.Url("/Search?q=" + Uri.EscapeDataString("検疫ポリシー")));
        await Expect(agent.Locator(".search-cases")).ToContainTextAsync($"ケース番号: {number}");
        await agent.GetByRole(AriaRole.Link, new() { Name = "検疫ポリシーの適用範囲について" }).ClickAsync();
        await agent.WaitForURLAsync(CasePage());
        await agent.GetByRole(AriaRole.Tab, new() { Name = "添付ファイル (1)" }).ClickAsync();
        var download = await agent.RunAndWaitForDownloadAsync(() => agent.GetByRole(AriaRole.Link, new() { Name = "端末一覧.csv" }).ClickAsync());
        Assert.Equal("端末一覧.csv", download.SuggestedFilename);
        Assert.Equal(attachment.Buffer, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        await agent.GetByRole(AriaRole.Button, new() { Name = "自分に割り当て" }).ClickAsync();
        await Expect(agent.Locator(".case-done")).ToHaveTextAsync("担当エージェントを変更しました。");
        await agent.GetByRole(AriaRole.Tab, new() { Name = "アクティビティ" }).ClickAsync();
        await agent.Locator(".ql-editor").FillAsync("はい、端末グループ単位で適用できます。手順をお送りします。");
        await agent.GetByRole(AriaRole.Button, new() { Name = "送信", Exact = true }).ClickAsync();
        await Expect(agent.Locator(".case-done")).ToHaveTextAsync("コメントを送信しました。");
        await agent.GetByLabel("解決内容").FillAsync("端末グループ「営業部」にポリシーを割り当てました。");
        await agent.GetByRole(AriaRole.Button, new() { Name = "解決済みにする" }).ClickAsync();
        await Expect(agent.Locator(".case-status")).ToHaveTextAsync("解決済み（クローズ待ち）");
        await DeliverAsync(mailbox, portal, 3);
        var toCustomer = mailbox.To(CustomerAddress);
        Assert.Contains(toCustomer, m => (m.Subject ?? string.Empty).Contains($"[{number}] 担当者からコメントがありました", StringComparison.Ordinal)
            && (m.TextBody ?? string.Empty).Contains("端末グループ単位で適用できます", StringComparison.Ordinal));
        Assert.Contains(toCustomer, m => (m.Subject ?? string.Empty).Contains($"[{number}] ケースが解決されました", StringComparison.Ordinal));

        // The customer sees the agent's answer and accepts the solution: the case is closed for good.
        await customer.GotoAsync(portal.Url($"/Cases/{number}"));
        await Expect(customer.Locator(".comment-body").First).ToContainTextAsync("端末グループ単位で適用できます");
        await Screenshots.TakeAsync(customer, "case-detail-resolved-ja.png");
        await customer.GetByRole(AriaRole.Button, new() { Name = "アクション" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "ソリューションを承認" }).ClickAsync();

        await Expect(customer.Locator(".case-status")).ToHaveTextAsync("クローズ");
        await Expect(customer.Locator(".case-banner")).ToContainTextAsync("再オープンできない");
        await Expect(customer.Locator(".case-comment-form")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(customer, "case-detail-closed-ja.png");

        // The closed case is found through the filter builder: category = サービスについて, status = クローズ.
        await customer.GotoAsync(portal.Url("/Cases"));
        await customer.GetByRole(AriaRole.Button, new() { Name = "フィルター", Exact = true }).ClickAsync();
        await Expect(customer.Locator("#filter-builder")).ToHaveClassAsync(OpenCollapse());
        await customer.GetByLabel("項目").First.SelectOptionAsync("category");
        await customer.GetByLabel("値: カテゴリ").SelectOptionAsync("Service");
        await customer.GetByRole(AriaRole.Button, new() { Name = "AND" }).ClickAsync();
        await customer.GetByLabel("項目").Nth(1).SelectOptionAsync("status");
        await customer.GetByLabel("値: 状況").SelectOptionAsync("Closed");
        await Screenshots.TakeAsync(customer, "case-filter-builder-ja.png");
        await customer.GetByRole(AriaRole.Button, new() { Name = "実行" }).ClickAsync();

        await Expect(customer.Locator(".filter-crumbs")).ToContainTextAsync("カテゴリ=サービスについて");
        await Expect(customer.Locator(".filter-crumbs")).ToContainTextAsync("状況=クローズ");
        await Expect(customer.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
        Assert.Contains("f=category.eq.Service%5Estatus.eq.Closed", customer.Url, StringComparison.Ordinal);
        await Screenshots.TakeAsync(customer, "case-list-filtered-ja.png");
        Assert.Empty(customerErrors);
        Assert.Empty(agentErrors);
    }

    /// <summary>Events become mails in a first pass of the outbox, mails are sent in the next.</summary>
    private static async Task DeliverAsync(Mailbox mailbox, PortalServer portal, int expected)
    {
        await mailbox.DeliverAsync(portal, 0);
        await mailbox.DeliverAsync(portal, expected);
    }

    private static async Task SignInAsync(IPage page, PortalServer portal, string userId)
    {
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.GetByLabel("ユーザーID").FillAsync(userId);
        await page.GetByLabel("パスワード").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
    }

    [GeneratedRegex(@"\bcollapse show\b")]
    private static partial Regex OpenCollapse();

    [GeneratedRegex("/Cases/(CS[0-9]{7})$")]
    private static partial Regex CasePage();
}
