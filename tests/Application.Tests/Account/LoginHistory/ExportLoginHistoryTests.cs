using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.LoginHistory;
using Portal.Application.Account.Queries.ExportLoginHistory;
using Portal.Application.Account.Queries.ListLoginHistory;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Tests.Account.LoginHistory;

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
    public async Task An_anonymous_caller_is_refused_at_the_first_row_before_any_is_read()
    {
        await using var app = await PortalApp.StartAsync();

        await app.Anonymous().InUserScopeAsync(async sp =>
        {
            var sender = sp.GetRequiredService<ISender>();
            await Assert.ThrowsAsync<UnauthenticatedException>(() => FirstRowAsync(sender, new ExportLoginHistory(new LoginHistoryFilter())));
            return true;
        });
    }

    [Fact, Trait("Req", "HIST-2")]
    public async Task An_export_refuses_the_filter_the_list_refuses()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var filter = new LoginHistoryFilter { From = new DateOnly(2026, 11, 20), To = new DateOnly(2026, 11, 1) };

        var list = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => app.Send(new ListLoginHistory(filter)));
        var export = await app.InUserScopeAsync(async sp =>
            await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => FirstRowAsync(sp.GetRequiredService<ISender>(), new ExportLoginHistory(filter))));

        Assert.Equal(list.Errors.Select(e => e.ErrorMessage), export.Errors.Select(e => e.ErrorMessage));
    }

    /// <summary>What the web layer does before it starts a download: ask for the first row.</summary>
    private static async Task FirstRowAsync(ISender sender, ExportLoginHistory query)
    {
        await using var rows = sender.CreateStream(query, Ct).GetAsyncEnumerator(Ct);
        await rows.MoveNextAsync();
    }

    [Fact, Trait("Req", "TEN-1")]
    public async Task The_portals_own_system_identity_may_neither_list_nor_export_login_history()
    {
        await using var app = await PortalApp.StartAsync();

        await app.InScopeAsync(async sp =>
        {
            var sender = sp.GetRequiredService<ISender>();
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => FirstRowAsync(sender, new ExportLoginHistory(new LoginHistoryFilter())));
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
