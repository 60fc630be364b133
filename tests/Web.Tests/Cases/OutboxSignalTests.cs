using System.Net;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Cases;

/// <summary>
/// MAIL-2: waking the outbox after a commit is only a hint. When the job store refuses it, the user's change
/// is saved and the page answers as usual; the outbox row waits for the next sweep.
/// </summary>
[Trait("Req", "MAIL-2")]
public sealed class OutboxSignalTests(PortalWebFactory web) : IClassFixture<PortalWebFactory>
{
    [Fact]
    public async Task A_job_store_refusing_the_wake_up_does_not_turn_a_saved_comment_into_an_error()
    {
        using var refusing = web.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IBackgroundJobClient, RefusingJobClient>()));
        var client = refusing.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await client.LogInAsync(DemoAccounts.CustomerA, DemoAccounts.Password);
        var page = $"/Cases/{CaseRows.NumberOf(await client.GetPageAsync("/Cases"), "iOS 18 でのアラート通知仕様")}";

        using var sent = await client.SubmitAsync(page, new Dictionary<string, string> { ["BodyHtml"] = "<p>MDM は Intune です。</p>" }, $"{page}?handler=Comment");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("MDM は Intune です。", await client.GetPageAsync(page), StringComparison.Ordinal);
    }

    private sealed class RefusingJobClient : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => throw new InvalidOperationException("database is locked");

        public bool ChangeState(string jobId, IState state, string expectedState) => throw new InvalidOperationException("database is locked");
    }
}
