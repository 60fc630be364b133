using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AssignCase;
using Portal.Application.Cases.Commands.ChangeCaseStatus;
using Portal.Application.Cases.Commands.ResolveCase;
using Portal.Application.Cases.Commands.WatchCase;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-5 (guide 4.8.7): every operator a field type allows, through the mediator on a real database, keeps
/// exactly the cases worked out from the rows (<see cref="CaseTruth"/>), and the total counts exactly those
/// (TEN-2). Groups are AND inside, OR between; several sort keys apply in turn.
/// </summary>
[Trait("Req", "CASE-5")]
public sealed class FilterBuilderTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly TimeZoneInfo Singapore = TimeZoneInfo.FindSystemTimeZoneById("Asia/Singapore");

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Every_operator_on_the_case_number_keeps_exactly_the_expected_cases(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        var n = truth.All.Select(c => c.Number).Order(StringComparer.Ordinal).ToList();
        await app.SignedInAs(Demo.Agent);

        await CheckAsync(app, truth.All, Guid.Empty, TimeZoneInfo.Utc,
            $"number.eq.{n[2]}", $"number.eq.{n[2].ToLowerInvariant()}", $"number.ne.{n[2]}", $"number.in.{n[1]}|{n[4]}|CS9999999",
            $"number.notin.{n[1]}|{n[4]}", $"number.lt.{n[3]}", $"number.gt.{n[3]}", $"number.le.{n[3]}", $"number.ge.{n[3]}",
            $"number.between.{n[2]}|{n[5]}", $"number.between.{n[5]}|{n[2]}", $"number.contains.{n[6][^2..]}", "number.contains.CS");

        Assert.Equal([n[2]], await NumbersAsync(app, $"number.eq.{n[2]}"));
        Assert.Equal(n[2..6], await NumbersAsync(app, $"number.between.{n[5]}|{n[2]}"));
        Assert.Equal(n[..4], await NumbersAsync(app, $"number.le.{n[3]}"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Every_operator_on_text_fields_keeps_exactly_the_expected_cases_ignoring_case(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        await app.SignedInAs(Demo.Agent);

        foreach (var (field, one, other, part) in new[]
        {
            ("subject", "MONTHLY REPORT DELIVERY ADDRESS", "端末の登録上限について", "端末"),
            ("customer", Demo.A1, Demo.B1, "0001"),
            ("contractor", "株式会社サンプル銀行", "example trading co., ltd.", "TRADING"),
            ("service", "fm", "CrowdStrike Falcon Mobile managed service", "マネージド"),
            ("contact", "山田", "emily", "佐藤"),
        })
        {
            await CheckAsync(app, truth.All, Guid.Empty, TimeZoneInfo.Utc,
                $"{field}.eq.{one}", $"{field}.ne.{one}", $"{field}.in.{one}|{other}", $"{field}.notin.{one}|{other}",
                $"{field}.contains.{part}", $"{field}.empty", $"{field}.notempty");
        }

        Assert.Equal(["Monthly report delivery address"], await SubjectsAsync(app, "subject.eq.monthly report delivery address"));
        Assert.Equal(2, (await NumbersAsync(app, "contractor.contains.TRADING")).Count);
        Assert.Equal(truth.All.Count, (await NumbersAsync(app, "service.contains.MOBILE")).Count);
        Assert.Empty(await NumbersAsync(app, "subject.empty"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Contact_is_empty_exactly_on_alerts_which_have_no_contact(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        var alerts = truth.All.Where(c => c.Category == CaseCategory.Alert).Select(c => c.Number).Order(StringComparer.Ordinal).ToList();
        await app.SignedInAs(Demo.Agent);

        Assert.Equal(2, alerts.Count);
        Assert.Equal(alerts, await NumbersAsync(app, "contact.empty"));
        Assert.Equal(truth.All.Count - 2, (await NumbersAsync(app, "contact.notempty")).Count);
        // An alert has no contact, so its contact is not 山田 either.
        Assert.Subset((await NumbersAsync(app, "contact.ne.山田")).ToHashSet(), alerts.ToHashSet());
        await app.SignedInAs(Demo.CustomerA);
        Assert.Equal([truth.Of(Demo.A1).Single(c => c.Category == CaseCategory.Alert).Number], await NumbersAsync(app, "contact.empty"));
    }

    [Theory, Trait("Req", "CASE-4")]
    [ClassData(typeof(BothDatabases))]
    public async Task The_contact_is_found_by_the_name_the_list_shows(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        var yamada = truth.All.Where(c => c.Contact is ["山田", "花子"]).Select(c => c.Number).Order(StringComparer.Ordinal).ToList();
        var emily = truth.All.Where(c => c.Contact is ["Clark", "Emily"]).Select(c => c.Number).Order(StringComparer.Ordinal).ToList();
        await app.SignedInAs(Demo.Agent);
        var shown = (await app.Send(new ListCases(Size: 100))).Items.Where(i => i.Contact is not null).Select(i => i.Contact!).Distinct().ToList();

        Assert.Contains("山田 花子", shown);
        Assert.Contains("Emily Clark", shown);
        Assert.Equal(yamada, await NumbersAsync(app, "contact.eq.山田 花子"));
        Assert.Equal(emily, await NumbersAsync(app, "contact.eq.emily clark"));
        Assert.Equal(yamada, await NumbersAsync(app, "contact.contains.山田 花"));
        Assert.Equal(yamada.Concat(emily).Order(StringComparer.Ordinal), await NumbersAsync(app, "contact.in.山田 花子|Emily Clark"));
        Assert.Equal(truth.All.Count - yamada.Count, (await NumbersAsync(app, "contact.ne.山田 花子")).Count);
        foreach (var name in shown)
        {
            await CheckAsync(app, truth.All, Guid.Empty, TimeZoneInfo.Utc, $"contact.eq.{name}", $"contact.ne.{name}", $"contact.contains.{name}");
            Assert.NotEmpty(await NumbersAsync(app, $"contact.eq.{name}"));
        }
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Every_operator_on_status_and_category_keeps_exactly_the_expected_cases(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        var me = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        await app.SignedInAs(Demo.CustomerA);

        await CheckAsync(app, truth.Of(Demo.A1, Demo.A2), me, Tokyo,
            "status.eq.New", "status.eq.inprogress", "status.ne.New", "status.in.Resolved|AwaitingCustomer", "status.notin.New|Closed",
            "category.eq.Service", "category.ne.Alert", "category.in.Fault|Alert", "category.notin.Fault|Alert|Other");

        Assert.Equal(["端末の登録上限について"], await SubjectsAsync(app, "category.eq.Service"));
        Assert.Equal(["iOS 18 でのアラート通知仕様", "端末の登録上限について"], await SubjectsAsync(app, "status.in.Resolved|AwaitingCustomer"));
    }

    [Theory, Trait("Req", "UI-3")]
    [ClassData(typeof(BothDatabases))]
    public async Task Dates_are_calendar_days_in_the_users_own_time_zone(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        // One second either side of midnight in Tokyo (UTC+9) and in Singapore (UTC+8) on 2026-11-24.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 14, 59, 59, TimeSpan.Zero));
        var beforeTokyoMidnight = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, "東京の日付の境界の前");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
        var afterTokyoMidnight = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, "東京の日付の境界の後");
        var tokyoEvening = await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B1, "Singapore evening, Tokyo midnight");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 15, 59, 59, TimeSpan.Zero));
        var beforeSingaporeMidnight = await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B1, "Before Singapore midnight");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));
        var afterSingaporeMidnight = await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B1, "After Singapore midnight");
        var truth = await CaseTruth.ReadAsync(app);

        await app.SignedInAs(Demo.CustomerA);
        var a = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        Assert.Contains(beforeTokyoMidnight, await NumbersAsync(app, "created.eq.2026-11-24"));
        Assert.DoesNotContain(afterTokyoMidnight, await NumbersAsync(app, "created.eq.2026-11-24"));
        Assert.Equal([afterTokyoMidnight], await NumbersAsync(app, "created.eq.2026-11-25"));
        Assert.Equal([afterTokyoMidnight], await NumbersAsync(app, "created.gt.2026-11-24"));
        await CheckDatesAsync(app, truth.Of(Demo.A1, Demo.A2), a, Tokyo);

        await app.SignedInAs(Demo.CustomerB);
        var b = await DemoCases.ContactIdAsync(app, Demo.CustomerB);
        var day = await NumbersAsync(app, "created.eq.2026-11-24");
        Assert.Contains(tokyoEvening, day);
        Assert.Contains(beforeSingaporeMidnight, day);
        Assert.DoesNotContain(afterSingaporeMidnight, day);
        Assert.Equal([afterSingaporeMidnight], await NumbersAsync(app, "updated.ge.2026-11-25"));
        await CheckDatesAsync(app, truth.Of(Demo.B1, Demo.B2), b, Singapore);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Keyword_contains_keeps_the_cases_with_every_term(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        var me = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        await app.SignedInAs(Demo.CustomerA);

        await CheckAsync(app, truth.Of(Demo.A1, Demo.A2), me, Tokyo,
            "keyword.contains.アラート", "keyword.contains.端末", "keyword.contains.端末 起動", "keyword.contains.URL");

        Assert.Equal(["iOS 18 でのアラート通知仕様"], await SubjectsAsync(app, "keyword.contains.アラート"));
    }

    [Theory, Trait("Req", "CASE-10")]
    [ClassData(typeof(BothDatabases))]
    public async Task Watch_list_contains_me_keeps_the_cases_the_user_watches_and_says_nothing_of_others_watching(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var numbers = await NumbersOfAsync(app, DemoCases.NewFaultSubject, "iOS 18 でのアラート通知仕様", "端末の登録上限について");
        await app.SignedInAs(Demo.CustomerA);
        await app.Send(new WatchCase(numbers[0]));
        await app.Send(new WatchCase(numbers[1]));
        await app.SignedInAs(Demo.AdminA);
        await app.Send(new WatchCase(numbers[2]));
        var truth = await CaseTruth.ReadAsync(app);
        var me = await DemoCases.ContactIdAsync(app, Demo.CustomerA);

        await app.SignedInAs(Demo.CustomerA);
        await CheckAsync(app, truth.Of(Demo.A1, Demo.A2), me, Tokyo, "watch.contains.me");

        Assert.Equal(numbers[..2].Order(StringComparer.Ordinal), await NumbersAsync(app, "watch.contains.ME"));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => app.Send(new ListCases(Filter: "watch.notempty")));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => app.Send(new ListCases(Filter: "watch.empty")));
    }

    [Theory, Trait("Req", "AGT-1")]
    [ClassData(typeof(BothDatabases))]
    public async Task Assignee_is_me_keeps_the_cases_assigned_to_the_agent(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var numbers = await NumbersOfAsync(app, DemoCases.NewFaultSubject, "Monthly report delivery address");
        var agent = await DemoCases.ContactIdAsync(app, Demo.Agent);
        var other = await DemoCases.ContactIdAsync(app, Infrastructure.Seeding.DemoAccounts.ProviderAdmin);
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AssignCase(numbers[0], agent, await app.VersionOfAsync(numbers[0])));
        await app.Send(new AssignCase(numbers[1], other, await app.VersionOfAsync(numbers[1])));
        var truth = await CaseTruth.ReadAsync(app);

        await CheckAsync(app, truth.All, agent, Tokyo, "assignee.eq.me", "assignee.ne.me", "assignee.empty", "assignee.notempty");

        var mine = await NumbersAsync(app, "assignee.eq.me");
        Assert.Equal(2, mine.Count); // the demo's in-progress fault and the one just assigned
        Assert.Contains(numbers[0], mine);
        Assert.Contains(numbers[1], await NumbersAsync(app, "assignee.ne.me"));
        Assert.Equal(truth.All.Count(c => c.AssignedTo is null), (await NumbersAsync(app, "assignee.empty")).Count);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Conditions_of_a_group_all_hold_and_any_group_is_enough(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        await app.SignedInAs(Demo.Agent);

        await CheckAsync(app, truth.All, Guid.Empty, Tokyo,
            "category.eq.Fault^customer.eq.N202400001",
            "category.eq.Alert^OR^status.eq.Closed",
            "category.eq.Fault^customer.eq.N202400001^OR^category.eq.Service^contractor.contains.trading^OR^status.eq.Closed",
            "category.in.Fault|Service^status.ne.New^OR^subject.contains.severity^customer.eq.N202400011");

        Assert.Equal([DemoCases.NewFaultSubject], await SubjectsAsync(app, "category.eq.Fault^customer.eq.N202400001"));
        Assert.Equal(["Monthly report delivery address", "アプリが起動しない端末がある", "管理コンソールのログイン URL について"],
            await SubjectsAsync(app, "category.eq.Fault^customer.eq.N202400001^OR^category.eq.Service^contractor.contains.trading^OR^status.eq.Closed"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_filter_narrows_a_quick_view_and_pages_count_the_filtered_rows(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.Agent);

        var page = await app.Send(new ListCases(CaseView.ActionNeeded, "customer.in.N202400001|N202400002", Size: 1));
        var narrowed = await app.Send(new ListCases(CaseView.ActionNeeded, "category.eq.Service", Size: 1));

        Assert.Equal((2, 1, 2), (page.Total, page.Items.Count, page.PageCount)); // Resolved of N202400001, Awaiting customer of N202400002
        Assert.Equal("端末の登録上限について", Assert.Single(narrowed.Items).Subject);
        Assert.Equal(1, narrowed.Total);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Several_sort_keys_apply_in_turn(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var truth = await CaseTruth.ReadAsync(app);
        await app.SignedInAs(Demo.Agent);

        var byStatusThenNumber = await app.Send(new ListCases(Sort: "status.asc,number.desc", Size: 100));
        var byCategoryThenStatus = await app.Send(new ListCases(Sort: "category.desc,status.desc,customer.asc", Size: 100));

        Assert.Equal(truth.All.OrderBy(c => c.Status).ThenByDescending(c => c.Number, StringComparer.Ordinal).Select(c => c.Number),
            byStatusThenNumber.Items.Select(i => i.Number));
        Assert.Equal(truth.All.OrderByDescending(c => c.Category).ThenByDescending(c => c.Status).ThenBy(c => c.Account, StringComparer.Ordinal)
            .ThenBy(c => c.Number, StringComparer.Ordinal).Select(c => c.Number), byCategoryThenStatus.Items.Select(i => i.Number));
    }

    [Fact]
    public async Task Status_then_subject_descending_sorts_ties_by_the_second_key()
    {
        await using var app = await PortalApp.StartAsync();
        var truth = await CaseTruth.ReadAsync(app);
        await app.SignedInAs(Demo.Agent);

        var page = await app.Send(new ListCases(Sort: "status.asc,subject.desc", Size: 100));

        Assert.Equal(truth.All.OrderBy(c => c.Status).ThenByDescending(c => c.Subject, StringComparer.Ordinal).Select(c => c.Number),
            page.Items.Select(i => i.Number));
        Assert.True(page.Items.Count(i => i.Status == CaseStatus.New) >= 2);
    }

    [Fact]
    public async Task A_breadcrumb_step_back_lists_what_the_shorter_filter_keeps()
    {
        await using var app = await PortalApp.StartAsync();
        var truth = await CaseTruth.ReadAsync(app);
        var me = await DemoCases.ContactIdAsync(app, Demo.CustomerA);
        await app.SignedInAs(Demo.CustomerA);
        var full = CaseFilterSyntax.Parse("category.in.Fault|Service^status.ne.Closed^OR^customer.eq.N202400002").Filter!;
        var steps = Enumerable.Range(0, 4).Select(n => CaseFilterSyntax.Format(full.Take(n))).ToList();

        await CheckAsync(app, truth.Of(Demo.A1, Demo.A2), me, Tokyo, [.. steps]);

        var counts = new List<int>();
        foreach (var step in steps)
            counts.Add((await NumbersAsync(app, step)).Count);
        Assert.Equal([6, 2, 2, 5], counts);
    }

    /// <summary>Each filter through the mediator keeps exactly what the truth expects, and its total counts those rows.</summary>
    private static async Task CheckAsync(PortalApp app, IReadOnlyList<CaseFact> visible, Guid me, TimeZoneInfo zone, params string[] filters)
    {
        foreach (var filter in filters)
        {
            var expected = CaseTruth.Expected(visible, filter, me, zone);
            var actual = await NumbersAsync(app, filter);
            Assert.True(expected.SequenceEqual(actual), $"{filter}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    private static Task CheckDatesAsync(PortalApp app, IReadOnlyList<CaseFact> visible, Guid me, TimeZoneInfo zone)
    {
        var filters = new List<string>();
        foreach (var field in new[] { "created", "updated" })
        {
            foreach (var day in new[] { "2026-11-23", "2026-11-24", "2026-11-25" })
                filters.AddRange([$"{field}.eq.{day}", $"{field}.ne.{day}", $"{field}.lt.{day}", $"{field}.gt.{day}", $"{field}.le.{day}", $"{field}.ge.{day}"]);
            filters.AddRange([$"{field}.between.2026-11-18|2026-11-24", $"{field}.between.2026-11-24|2026-11-18", $"{field}.between.2026-11-25|2026-11-25"]);
        }

        return CheckAsync(app, visible, me, zone, [.. filters]);
    }

    /// <summary>The numbers the list shows for <paramref name="filter"/> (one page of 100), after checking the total counts them.</summary>
    private static async Task<List<string>> NumbersAsync(PortalApp app, string filter)
    {
        var page = await app.Send(new ListCases(Filter: filter, Sort: "number.asc", Size: 100));
        Assert.Equal(page.Items.Count, page.Total);
        return [.. page.Items.Select(i => i.Number)];
    }

    private static async Task<List<string>> SubjectsAsync(PortalApp app, string filter)
    {
        var page = await app.Send(new ListCases(Filter: filter, Size: 100));
        Assert.Equal(page.Items.Count, page.Total);
        return [.. page.Items.Select(i => i.Subject).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> NumbersOfAsync(PortalApp app, params string[] subjects)
    {
        var numbers = new List<string>();
        foreach (var subject in subjects)
            numbers.Add(await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync()));
        return numbers;
    }
}
