using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Admin;

/// <summary>
/// ADM-1…ADM-4 (guide 5.1) through the real HTTP pipeline: 連絡先一覧, 連絡先作成, the contact page and its actions
/// menu, as the company's admin, as a plain customer and as another company's admin. One portal serves the class;
/// each test creates or changes its own contact.
/// </summary>
[Trait("Req", "ADM-1")]
[Trait("Req", "ADM-2")]
[Trait("Req", "ADM-3")]
public sealed partial class ContactPagesTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string List = "/Account/Users";
    private const string New = "/Account/Users/New";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_admin_lists_and_searches_its_companys_contacts_only()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);

        var all = await admin.GetPageAsync(List);
        var searched = await admin.GetPageAsync($"{List}?q=mfa");

        Assert.Contains(DemoAccounts.CustomerA, all, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.MfaCustomerA, all, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.CustomerB, all, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Agent, all, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.MfaCustomerA, searched, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.CustomerA, searched, StringComparison.Ordinal);
        Assert.Contains("1~1 件目 / 1 件", searched, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_created_through_the_form_opens_on_its_page_and_is_mailed_its_first_login()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);

        using var created = await admin.SubmitAsync(New, await FieldsAsync(admin, "hanako.new@example.com", "hanako.new@example.com.fm"));
        var page = created.RedirectTarget();
        var html = await admin.GetPageAsync(page);

        Assert.Matches("^/Account/Users/[0-9a-f-]{36}$", page);
        Assert.Contains("連絡先を作成しました。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"hanako.new@example.com.fm\"", html, StringComparison.Ordinal);
        Assert.True(await InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Payload.Contains("hanako.new@example.com") && m.Payload.Contains("Account/Forgot?userId="), Ct)));
    }

    [Fact]
    public async Task A_user_ID_taken_in_another_company_is_refused_with_the_guides_error_and_the_form_kept()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);

        using var refused = await admin.SubmitAsync(New, await FieldsAsync(admin, "dup.taker@example.com", DemoAccounts.CustomerB.ToUpperInvariant()));
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("このユーザーIDはすでに使用されています。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dup.taker@example.com\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"小林\"", html, StringComparison.Ordinal);
        Assert.False(await InDatabaseAsync(db => db.Contacts.AnyAsync(c => c.Email == "dup.taker@example.com", Ct)));
    }

    [Fact]
    public async Task Disabling_from_the_actions_menu_signs_the_user_out_and_enabling_lets_it_back_in()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        using var created = await admin.SubmitAsync(New, await FieldsAsync(admin, "to.disable@example.com", "to.disable@example.com.fm"));
        var page = created.RedirectTarget();

        using var disabled = await admin.SubmitAsync(page, new Dictionary<string, string> { ["enabled"] = "false" }, $"{page}?handler=Login");
        var html = await admin.GetPageAsync(disabled.RedirectTarget());
        using var enabled = await admin.SubmitAsync(page, new Dictionary<string, string> { ["enabled"] = "true" }, $"{page}?handler=Login");
        var again = await admin.GetPageAsync(enabled.RedirectTarget());

        Assert.Contains("ログインを無効化しました。", html, StringComparison.Ordinal);
        Assert.Contains("ログインを有効化</button>", html, StringComparison.Ordinal);
        Assert.Contains("ログインを有効化しました。", again, StringComparison.Ordinal);
        Assert.Contains("ログインを無効化</button>", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_active_admin_cannot_disable_itself()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        var page = $"/Account/Users/{await IdOfAsync(DemoAccounts.AdminA)}";

        using var refused = await admin.SubmitAsync(page, new Dictionary<string, string> { ["enabled"] = "false" }, $"{page}?handler=Login");
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("最後の有効な管理者ユーザー", html, StringComparison.Ordinal);
        Assert.True(await InDatabaseAsync(db => db.Contacts.Where(c => c.UserId == DemoAccounts.AdminA).Select(c => c.IsActive).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Another_companys_contact_is_a_404_for_every_page_and_action()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        var foreign = $"/Account/Users/{await IdOfAsync(DemoAccounts.CustomerB)}";
        var own = $"/Account/Users/{await IdOfAsync(DemoAccounts.CustomerA)}";

        using var view = await admin.GetAsync(foreign, Ct);
        using var disable = await admin.SubmitAsync(own, new Dictionary<string, string> { ["enabled"] = "false", ["version"] = "1" }, $"{foreign}?handler=Login");
        using var unlock = await admin.SubmitAsync(own, new Dictionary<string, string>(), $"{foreign}?handler=Unlock");
        using var save = await admin.SubmitAsync(own, new Dictionary<string, string> { ["Input.LastName"] = "改ざん", ["Input.Email"] = "x@example.com", ["Input.UserId"] = "x@example.com.fm" }, $"{foreign}?handler=Save");

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.True(await InDatabaseAsync(db => db.Contacts.Where(c => c.UserId == DemoAccounts.CustomerB).Select(c => c.IsActive).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_plain_customer_is_refused_the_admin_pages()
    {
        var customer = await web.LoggedInAs(DemoAccounts.CustomerA);

        using var list = await customer.GetAsync(List, Ct);
        using var create = await customer.GetAsync(New, Ct);
        using var own = await customer.GetAsync($"/Account/Users/{await IdOfAsync(DemoAccounts.CustomerA)}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    [Fact, Trait("Req", "AGT-4")]
    public async Task The_audit_trail_shows_who_changed_which_user_from_what_to_what_and_exports_it_as_CSV()
    {
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        using var created = await admin.SubmitAsync(New, await FieldsAsync(admin, "audited@example.com", "audited@example.com.fm"));
        var page = created.RedirectTarget();
        var fields = await FieldsAsync(admin, "audited@example.com", "audited.renamed@example.com.fm");
        using var saved = await admin.SubmitAsync(page, fields, $"{page}?handler=Save");

        var trail = await admin.GetPageAsync("/Account/Audit?actor=admin.a");
        using var csv = await admin.GetAsync("/Account/Audit?handler=Export&actor=admin.a", Ct);
        var exported = await csv.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("ユーザーID: audited@example.com.fm → audited.renamed@example.com.fm", trail, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-break\" data-label=\"操作者\">admin.a@example.com.fm</td>", trail, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.CustomerB, trail, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("audited@example.com.fm → audited.renamed@example.com.fm", exported, StringComparison.Ordinal);
    }

    [Fact, Trait("Req", "AGT-4")]
    public async Task A_customer_admin_sees_only_its_companys_user_changes_and_a_customer_none()
    {
        var provider = await web.LoggedInAs(DemoAccounts.ProviderAdmin);
        var admin = await web.LoggedInAs(DemoAccounts.AdminA);
        var customer = await web.LoggedInAs(DemoAccounts.CustomerB);
        var pageOfB = $"/Account/Users/{await IdOfAsync(DemoAccounts.CustomerB)}";
        using var changedB = await provider.SubmitAsync(pageOfB, new Dictionary<string, string> { ["enabled"] = "false" }, $"{pageOfB}?handler=Login");
        using var back = await provider.SubmitAsync(pageOfB, new Dictionary<string, string> { ["enabled"] = "true" }, $"{pageOfB}?handler=Login");

        var providerView = await provider.GetPageAsync("/Account/Audit?type=Contact");
        var adminView = await admin.GetPageAsync("/Account/Audit?type=Contact");
        using var refused = await customer.GetAsync("/Account/Audit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, changedB.StatusCode);
        Assert.Contains(DemoAccounts.CustomerB, providerView, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.CustomerB, adminView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>The create form filled in as a person would, linked to N202400001 (its checkbox's value read from the page).</summary>
    private static async Task<Dictionary<string, string>> FieldsAsync(HttpClient admin, string email, string userId)
    {
        var form = await admin.GetPageAsync(New);
        return new Dictionary<string, string>
        {
            ["Input.LastName"] = "小林",
            ["Input.FirstName"] = "花",
            ["Input.Email"] = email,
            ["Input.UserId"] = userId,
            ["Input.Language"] = "Japanese",
            ["Input.TimeZone"] = "Asia/Tokyo",
            ["Input.AccountIds"] = AccountCheckbox().Match(form).Groups["id"].Value,
        };
    }

    private Task<Guid> IdOfAsync(string userId) => InDatabaseAsync(db => db.Contacts.Where(c => c.UserId == userId).Select(c => c.Id).SingleAsync(Ct));

    private async Task<T> InDatabaseAsync<T>(Func<IApplicationDbContext, Task<T>> read)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await read(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }

    [GeneratedRegex("name=\"Input.AccountIds\" value=\"(?<id>[0-9a-f-]{36})\" id=\"account-N202400001\"")]
    private static partial Regex AccountCheckbox();
}
