using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.DeleteCaseFilter;
using Portal.Application.Cases.Commands.SaveCaseFilter;
using Portal.Application.Cases.Queries.ListCaseFilters;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.SavedFilters;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-6: saved filters for me or my company; a taken name is only overwritten when confirmed; only the
/// owner deletes. Shared means within the own company only (TEN-1), and loading one never shows more than
/// the loading user may see.
/// </summary>
[Trait("Req", "CASE-6")]
public sealed class SavedFilterTests
{
    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task The_list_shows_own_filters_and_those_shared_within_the_same_company_only(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await SaveAsync(app, Demo.CustomerA, "A mine", FilterVisibility.Me, "category.eq.Fault");
        await SaveAsync(app, Demo.CustomerA, "A shared", FilterVisibility.Company, "status.eq.New");
        await SaveAsync(app, Demo.AdminA, "Admin mine", FilterVisibility.Me, "status.eq.Closed");
        await SaveAsync(app, Demo.AdminA, "Admin shared", FilterVisibility.Company, "customer.eq.N202400003");
        await SaveAsync(app, Demo.CustomerB, "B shared", FilterVisibility.Company, "category.eq.Service");
        await SaveAsync(app, Demo.Agent, "Agent mine", FilterVisibility.Me, "assignee.eq.me");

        var a = await ListAsync(app, Demo.CustomerA);
        var admin = await ListAsync(app, Demo.AdminA);
        var mfa = await ListAsync(app, DemoAccounts.MfaCustomerA);
        var b = await ListAsync(app, Demo.CustomerB);
        var agent = await ListAsync(app, Demo.Agent);

        Assert.Equal(["A mine", "A shared", "Admin shared"], a.Select(f => f.Name));
        Assert.Equal([true, true, false], a.Select(f => f.IsMine));
        Assert.Equal("佐藤 太郎", a.Single(f => f.Name == "Admin shared").OwnerName);
        Assert.Equal("?f=customer.eq.N202400003", a.Single(f => f.Name == "Admin shared").QueryString);
        Assert.Equal(["A shared", "Admin mine", "Admin shared"], admin.Select(f => f.Name));
        Assert.Equal(["A shared", "Admin shared"], mfa.Select(f => f.Name));
        Assert.Equal(["B shared"], b.Select(f => f.Name));
        Assert.Equal(["Agent mine"], agent.Select(f => f.Name));
    }

    [Fact]
    public async Task Saving_under_a_taken_name_changes_nothing_until_overwriting_is_confirmed()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal(SaveFilterOutcome.Saved, await app.Send(new SaveCaseFilter("未対応", FilterVisibility.Me, CaseView.All, "status.eq.New", null)));
        var before = await StoredAsync(app, "未対応");
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var taken = await app.Send(new SaveCaseFilter(" 未対応 ", FilterVisibility.Company, CaseView.ActionNeeded, "category.eq.Service", "subject.asc"));

        Assert.Equal(SaveFilterOutcome.NameTaken, taken);
        Assert.Equal(before, await StoredAsync(app, "未対応"));
        Assert.Single(await app.Send(new ListCaseFilters()));

        var overwritten = await app.Send(new SaveCaseFilter("未対応", FilterVisibility.Company, CaseView.ActionNeeded, "category.eq.Service", "subject.asc", Overwrite: true));

        Assert.Equal(SaveFilterOutcome.Overwritten, overwritten);
        var after = await StoredAsync(app, "未対応");
        Assert.Equal(("?view=ActionNeeded&f=category.eq.Service&sort=subject.asc", FilterVisibility.Company), (after.QueryString, after.Visibility));
        Assert.Equal(app.Clock.GetUtcNow(), after.UpdatedAt);
        Assert.Single(await app.Send(new ListCaseFilters()));
    }

    [Fact]
    public async Task Another_user_may_use_the_same_name()
    {
        await using var app = await PortalApp.StartAsync();
        await SaveAsync(app, Demo.CustomerA, "共通", FilterVisibility.Company, "status.eq.New");

        await app.SignedInAs(Demo.AdminA);
        var outcome = await app.Send(new SaveCaseFilter("共通", FilterVisibility.Company, CaseView.All, "status.eq.Closed", null));

        Assert.Equal(SaveFilterOutcome.Saved, outcome);
        Assert.Equal([false, true], (await app.Send(new ListCaseFilters())).OrderBy(f => f.IsMine).Select(f => f.IsMine));
    }

    [Fact]
    public async Task Only_the_owner_deletes_a_filter_anothers_is_not_found()
    {
        await using var app = await PortalApp.StartAsync();
        await SaveAsync(app, Demo.AdminA, "Admin shared", FilterVisibility.Company, "status.eq.New");
        await SaveAsync(app, Demo.CustomerA, "Mine", FilterVisibility.Me, "status.eq.New");
        await SaveAsync(app, Demo.CustomerB, "B", FilterVisibility.Me, "status.eq.New");
        var ids = await app.InScopeAsync(sp => sp.Db().SavedFilters.ToDictionaryAsync(f => f.Name, f => f.Id));
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new DeleteCaseFilter(ids["Admin shared"])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new DeleteCaseFilter(ids["B"])));
        await Assert.ThrowsAsync<NotFoundException>(() => app.Send(new DeleteCaseFilter(Guid.NewGuid())));
        await app.Send(new DeleteCaseFilter(ids["Mine"]));

        Assert.Equal(["Admin shared"], (await app.Send(new ListCaseFilters())).Select(f => f.Name));
        Assert.Equal(["Admin shared", "B"], await app.InScopeAsync(sp => sp.Db().SavedFilters.Select(f => f.Name).OrderBy(n => n).ToListAsync()));
    }

    [Theory, Trait("Req", "UI-3")]
    [InlineData("ja", "会社で共有できるのはお客様のアカウントだけです。")]
    [InlineData("en", "Only customer accounts can share a filter with their company.")]
    public async Task An_agent_cannot_share_a_filter_with_a_company(string language, string message)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.Agent);
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        ValidationException error;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            error = await Assert.ThrowsAsync<ValidationException>(() =>
                app.Send(new SaveCaseFilter("全社", FilterVisibility.Company, CaseView.All, "status.eq.New", null)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        Assert.Equal(message, Assert.Single(error.Errors).ErrorMessage);
        Assert.Empty(await app.InScopeAsync(sp => sp.Db().SavedFilters.ToListAsync()));
        Assert.Equal(SaveFilterOutcome.Saved, await app.Send(new SaveCaseFilter("自分用", FilterVisibility.Me, CaseView.All, "status.eq.New", null)));
    }

    [Theory]
    [InlineData("", "status.eq.New", null)]
    [InlineData("名前", "secret.eq.x", null)]
    [InlineData("名前", "status.eq.New", "secret.asc")]
    public async Task A_nameless_filter_or_one_outside_the_whitelist_is_not_saved(string name, string filter, string? sort)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<ValidationException>(() => app.Send(new SaveCaseFilter(name, FilterVisibility.Me, CaseView.All, filter, sort)));

        Assert.Empty(await app.InScopeAsync(sp => sp.Db().SavedFilters.ToListAsync()));
    }

    [Theory, Trait("Req", "TEN-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task Loading_another_companys_filter_text_shows_only_the_loading_users_cases(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await SaveAsync(app, Demo.AdminA, "A3 の故障", FilterVisibility.Company, "customer.eq.N202400003^OR^category.eq.Service");
        var saved = await app.InScopeAsync(sp => sp.Db().SavedFilters.SingleAsync());
        var (view, filter, sort) = Parts(saved.QueryString);

        var admin = await (await app.SignedInAs(Demo.AdminA)).Send(new ListCases(view, filter, sort));
        var a = await (await app.SignedInAs(Demo.CustomerA)).Send(new ListCases(view, filter, sort));
        var b = await (await app.SignedInAs(Demo.CustomerB)).Send(new ListCases(view, filter, sort));

        Assert.Equal(["一部端末でセンサーが応答しない", "端末の登録上限について"], admin.Items.Select(i => i.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(2, admin.Total);
        Assert.Equal("端末の登録上限について", Assert.Single(a.Items).Subject); // N202400003 is not linked to user.a
        Assert.Equal(1, a.Total);
        Assert.Equal("Monthly report delivery address", Assert.Single(b.Items).Subject);
        Assert.Equal(1, b.Total);
    }

    private static async Task SaveAsync(PortalApp app, string userId, string name, FilterVisibility visibility, string filter)
    {
        await app.SignedInAs(userId);
        Assert.Equal(SaveFilterOutcome.Saved, await app.Send(new SaveCaseFilter(name, visibility, CaseView.All, filter, null)));
    }

    /// <summary>The user's list by name (ordinal: a provider's collation may order spaces differently).</summary>
    private static async Task<List<SavedFilterItem>> ListAsync(PortalApp app, string userId) =>
        [.. (await (await app.SignedInAs(userId)).Send(new ListCaseFilters())).OrderBy(f => f.Name, StringComparer.Ordinal)];

    private static Task<(string QueryString, FilterVisibility Visibility, DateTimeOffset UpdatedAt)> StoredAsync(PortalApp app, string name) =>
        app.InScopeAsync(async sp =>
        {
            var f = await sp.Db().SavedFilters.SingleAsync(f => f.Name == name);
            return (f.QueryString, f.Visibility, f.UpdatedAt);
        });

    /// <summary>The case list's view, filter and sort from a saved query string, as the page binds them.</summary>
    private static (CaseView View, string? Filter, string? Sort) Parts(string queryString)
    {
        var parts = queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return (parts.TryGetValue("view", out var v) ? Enum.Parse<CaseView>(v) : CaseView.All, parts.GetValueOrDefault("f"), parts.GetValueOrDefault("sort"));
    }
}
