using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Support;
using Portal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// ADM-1…ADM-3 (guide 5.1) in the browser: the company's admin opens 連絡先一覧, creates a contact whose user ID
/// follows the e-mail as typed (the guide's suggestion), saves a change with Ctrl+S and disables the login
/// from the actions menu. Screenshots of the list, the create form and the contact page with its menu, at
/// 1366 px and 390 px, in Japanese and English; axe-core on every page, the audit trail included (UI-5, AGT-4).
/// </summary>
[Trait("Req", "ADM-2")]
[Trait("Req", "ADM-3")]
[Trait("Req", "UI-5")]
public sealed partial class ContactAdminTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    public static TheoryData<int, string> Windows => new()
    {
        { Wide, "ja" },
        { Phone, "ja" },
        { Wide, "en" },
        { Phone, "en" },
    };

    [Theory, MemberData(nameof(Windows))]
    public async Task The_admin_creates_a_contact_saves_with_ctrl_s_and_disables_its_login(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var page = await NewPageAsync(width, width == Phone ? 844 : 900);
        var errors = await PageErrors.RecordAsync(page);
        var ja = language == "ja";
        await OpenContactsAsync(page, portal, ja);
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = DemoAccounts.CustomerA })).ToBeVisibleAsync();
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, $"contacts-{language}-{width}.png");

        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "連絡先作成" : "Create contact" }).ClickAsync();
        var email = $"new.{language}.{width}@example.com";
        await page.Locator("#Input_LastName").FillAsync(ja ? "小林" : "Kobayashi");
        await page.Locator("#Input_Email").PressSequentiallyAsync(email);
        await Expect(page.Locator("#Input_UserId")).ToHaveValueAsync(email + ".fm");
        await page.Locator("#account-N202400001").CheckAsync();
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, $"contact-new-{language}-{width}.png");
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "送信" : "Submit", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ContactPage(), new() { Timeout = 30_000 }); // the first creation also starts the outbox
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(ja ? "連絡先を作成しました。" : "The contact was created");
        await page.Locator("#Input_Title").FillAsync(ja ? "情報システム部" : "IT department");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(ja ? "連絡先を保存しました。" : "The contact was saved.");
        await Expect(page.Locator("#Input_Title")).ToHaveValueAsync(ja ? "情報システム部" : "IT department");

        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "アクション" : "Actions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = ja ? "ログインを無効化" : "Disable login" })).ToBeVisibleAsync();
        await CheckAccessibilityAsync(page, "actions");
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, $"contact-actions-{language}-{width}.png");
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "ログインを無効化" : "Disable login" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(ja ? "ログインを無効化しました。" : "Login disabled.");
        await Expect(page.Locator(".contact-login")).ToHaveTextAsync(ja ? "無効" : "Disabled");

        // AGT-4: the trail shows the creation, the saved title and the disabled login, by this admin.
        await page.GotoAsync(portal.Url("/Account"));
        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "監査証跡" : "Audit trail" }).ClickAsync();
        await Expect(page.Locator(".audit-changes").First).ToContainTextAsync(ja ? "ログイン有効: はい → いいえ" : "Login enabled: yes → no");
        await Layout.AssertReadableAsync(page);
        await Screenshots.TakeAsync(page, $"audit-trail-{language}-{width}.png");
        Assert.Empty(errors);
    }

    [Theory, Trait("Req", "AUTH-4")]
    [InlineData(Wide, "ja")]
    [InlineData(Phone, "en")]
    public async Task The_admin_creates_contacts_from_a_csv_after_correcting_the_line_the_preview_flags(int width, string language)
    {
        var portal = Serve(new PortalServer());
        var page = await NewPageAsync(width, width == Phone ? 844 : 900);
        var errors = await PageErrors.RecordAsync(page);
        var ja = language == "ja";
        await OpenContactsAsync(page, portal, ja);
        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "CSV で一括作成" : "Create from CSV" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "連絡先の一括作成" : "Create contacts from a file" })).ToBeVisibleAsync();
        var header = ja ? "姓,名,メール,お客様番号" : "Last name,First name,E-mail,Customer numbers";
        var good = $"森,一,mori.{language}@example.com,N202400001";

        await UploadAsync(page, ja, header, good, "森,二,mori-two-at-example.com,N202400001");
        await Expect(page.Locator(".import-errors")).ToContainTextAsync(ja ? "2 行のうち 1 行にエラーがあります。" : "1 of 2 lines have errors.");
        await Expect(page.Locator(".import-rows")).ToContainTextAsync("mori-two-at-example.com");
        await Visit.ShootAsync(page, $"contact-import-errors-{language}");
        await page.SetViewportSizeAsync(width, width == Phone ? 844 : 900);

        await UploadAsync(page, ja, header, good, $"森,二,mori.two.{language}@example.com,N202400001 N202400002");
        await Expect(page.Locator(".import-ready")).ToContainTextAsync(ja ? "2 件の連絡先を作成できます。" : "2 contacts can be created.");
        await Visit.ShootAsync(page, $"contact-import-preview-{language}");
        await page.SetViewportSizeAsync(width, width == Phone ? 844 : 900);
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "2 件の連絡先を作成" : "Create 2 contacts" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(ja ? "2 件の連絡先を作成しました。" : "2 contacts were created", new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "連絡先一覧" : "Contacts" })).ToBeVisibleAsync();
        await page.Locator("#users-q").FillAsync("mori");
        await page.Locator("#users-q").PressAsync("Enter");
        await Expect(page.Locator(".contact-list tbody tr")).ToHaveCountAsync(2);
        Assert.Empty(errors);
    }

    /// <summary>Signs the admin of company A in (switching to English when asked) and opens 連絡先一覧 from アカウント管理.</summary>
    private static async Task OpenContactsAsync(IPage page, PortalServer portal, bool ja)
    {
        await page.GotoAsync(portal.Url("/Account/Login"));
        await page.Locator("#user-id").FillAsync(DemoAccounts.AdminA);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"));
        if (!ja)
        {
            await page.GotoAsync(portal.Url("/Account"));
            if (await page.Locator("button.navbar-toggler").IsVisibleAsync())
                await page.Locator("button.navbar-toggler").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "ユーザーメニュー" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        await page.GotoAsync(portal.Url("/Account"));
        await page.GetByRole(AriaRole.Link, new() { Name = ja ? "ユーザー管理" : "User management" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ja ? "連絡先一覧" : "Contacts" })).ToBeVisibleAsync();
    }

    private static async Task UploadAsync(IPage page, bool ja, params string[] lines)
    {
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "contacts.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = ja ? "アップロードして確認" : "Upload and check" }).ClickAsync();
    }

    [GeneratedRegex("/Account/Users/[0-9a-f-]{36}$")]
    private static partial Regex ContactPage();
}
