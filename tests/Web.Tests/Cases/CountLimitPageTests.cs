using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// CASE-5, TEN-2: the case list's count line and pager at 9,999, 10,000 and 10,001 matches: exact up to
/// 10,000, then 「10,000 件以上」 with the pages ending at the 10,000th row. The class adds its own cases.
/// </summary>
[Trait("Req", "CASE-5")]
public sealed class CountLimitPageTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    private const string Word = "limitword";
    private static readonly string List = "/Cases?f=" + Uri.EscapeDataString("keyword.contains." + Word);

    [Fact]
    public async Task The_count_line_is_exact_to_ten_thousand_then_says_more_and_the_pager_stops_there()
    {
        await AddAlertsAsync(0, 9_999);
        var client = await web.LoggedInAs(DemoAccounts.CustomerA);

        Assert.Contains("1~20 件目 / 9,999 件", await client.GetPageAsync(List), StringComparison.Ordinal);
        var last = await client.GetPageAsync(List + "&p=500");
        Assert.Contains("9,981~9,999 件目 / 9,999 件", last, StringComparison.Ordinal);
        Assert.Contains("aria-disabled=\"true\">次へ<", last, StringComparison.Ordinal);

        await AddAlertsAsync(9_999, 1);
        Assert.Contains("1~20 件目 / 10,000 件<", await client.GetPageAsync(List), StringComparison.Ordinal);

        await AddAlertsAsync(10_000, 1);
        var first = await client.GetPageAsync(List);
        Assert.Contains("1~20 件目 / 10,000 件以上", first, StringComparison.Ordinal);
        Assert.Contains("aria-disabled=\"false\">次へ<", first, StringComparison.Ordinal);
        var lastPage = await client.GetPageAsync(List + "&p=500");
        Assert.Contains("9,981~10,000 件目 / 10,000 件以上", lastPage, StringComparison.Ordinal);
        Assert.Contains("aria-disabled=\"true\">次へ<", lastPage, StringComparison.Ordinal);
        var beyond = await client.GetPageAsync(List + "&p=501");
        Assert.Contains("一覧は先頭の 10,000 件までです。", beyond, StringComparison.Ordinal);

        var english = await web.LoggedInAs(DemoAccounts.CustomerB);
        Assert.Contains("0–0 of 0", await english.GetPageAsync(List), StringComparison.Ordinal);
    }

    private Task AddAlertsAsync(int first, int count) =>
        Task.Run(async () =>
        {
            await using var scope = web.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var account = await db.CustomerAccounts.IgnoreQueryFilters().SingleAsync(a => a.Number == DemoAccounts.AccountA1);
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            for (var i = first; i < first + count; i++)
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"{Case.NumberPrefix}{6_000_000 + i:D7}");
                db.Cases.Add(Case.OpenAlert(number, account, AlertDetails.Create("ldt:limit:" + i, AlertSeverity.Low, "Detect", null, null, null, null, now, null), string.Create(CultureInfo.InvariantCulture, $"{Word} {i:D5}"), "Falcon detection", now.AddSeconds(-i)));
                if ((i + 1 - first) % 2_000 == 0)
                    await db.SaveChangesAsync();
            }

            await db.SaveChangesAsync();
        });
}
