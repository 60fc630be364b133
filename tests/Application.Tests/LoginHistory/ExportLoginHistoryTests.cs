using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.LoginHistory;

/// <summary>HIST-2: the export stream yields the whole current view in the list's order, to the same people only.</summary>
[Trait("Req", "HIST-2")]
public class ExportLoginHistoryTests
{
    [Fact]
    public async Task The_export_streams_every_row_of_the_filter_in_the_lists_order()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var filter = new LoginHistoryFilter { Kinds = [LoginEventKind.LoginSucceeded, LoginEventKind.LoginFailed] };
        var list = await app.Send(new ListLoginHistory(filter, Size: ListLoginHistory.MaxSize));

        var streamed = await ExportAsync(app, filter);

        Assert.True(list.Total is > 20 and < ListLoginHistory.MaxSize, $"{list.Total} rows");
        Assert.Equal(list.Items, streamed);
    }

    [Fact]
    public async Task A_customer_exports_only_its_own_events()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var streamed = await ExportAsync(app, new LoginHistoryFilter());

        Assert.NotEmpty(streamed);
        Assert.All(streamed, r => Assert.Equal(Demo.CustomerA, r.UserId));
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task An_anonymous_caller_is_refused_when_the_stream_is_created_before_any_row_is_read()
    {
        await using var app = await PortalApp.StartAsync();

        await app.Anonymous().InUserScopeAsync(sp =>
        {
            var sender = sp.GetRequiredService<ISender>();
            Assert.Throws<UnauthenticatedException>(() => sender.CreateStream(new ExportLoginHistory(new LoginHistoryFilter()), Ct));
            return Task.FromResult(true);
        });
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task The_portals_own_system_identity_may_neither_list_nor_export_login_history()
    {
        await using var app = await PortalApp.StartAsync();

        await app.InScopeAsync(async sp =>
        {
            var sender = sp.GetRequiredService<ISender>();
            Assert.Throws<ForbiddenAccessException>(() => sender.CreateStream(new ExportLoginHistory(new LoginHistoryFilter()), Ct));
            await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await sender.Send(new ListLoginHistory(new LoginHistoryFilter()), Ct));
        });
    }

    [Fact, Trait("Req", "HIST-1")]
    public async Task The_list_is_refused_to_an_anonymous_caller()
    {
        await using var app = await PortalApp.StartAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => app.Anonymous().Send(new ListLoginHistory(new LoginHistoryFilter())));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<List<LoginHistoryRow>> ExportAsync(PortalApp app, LoginHistoryFilter filter) =>
        app.InUserScopeAsync(async sp =>
        {
            List<LoginHistoryRow> rows = [];
            await foreach (var row in sp.GetRequiredService<ISender>().CreateStream(new ExportLoginHistory(filter), Ct))
                rows.Add(row);
            return rows;
        });
}
