using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.IngestAlert;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>API-1 through the mediator pipeline, as the alert endpoint sends it; MAIL-1 "alert case".</summary>
[Trait("Req", "API-1")]
public class IngestAlertTests
{
    private const string Client = "falcon-stream";

    private static readonly DateTimeOffset DetectedAt = new(2026, 11, 23, 15, 30, 0, TimeSpan.Zero);

    private static Task<string> CidOfAsync(PortalApp app, string account) => app.InScopeAsync(sp =>
        sp.Db().Contracts.Where(c => sp.Db().CustomerAccounts.Any(a => a.Id == c.CustomerAccountId && a.Number == account))
            .Select(c => c.CrowdStrikeCid).SingleAsync());

    private static async Task<IngestAlert> AlertAsync(PortalApp app, string account, string detectionId = "ldt:4f0c2a:90001") =>
        new(await CidOfAsync(app, account), detectionId, 4, "CredentialTheft", "A process tried to read the credentials of LSASS.",
            "PC-TOKYO-012", "CORP\\yamada", "Credential Access", "OS Credential Dumping", DetectedAt, "https://falcon.crowdstrike.com/activity/detections/detail/4f0c2a");

    private static Task<int> AlertCountAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.Db().Cases.CountAsync(c => c.Category == CaseCategory.Alert));

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_detection_becomes_one_alert_case_of_the_CIDs_account_with_its_fields(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        app.AsApiClient(Client);

        var ingested = await app.Send(await AlertAsync(app, Demo.A1));

        Assert.Equal(AlertOutcome.Created, ingested.Outcome);
        var alert = await app.InScopeAsync(sp => sp.Db().Cases.AsNoTracking().SingleAsync(c => c.Number == ingested.Number));
        Assert.Equal(CaseCategory.Alert, alert.Category);
        Assert.Equal(CaseStatus.New, alert.Status);
        Assert.Null(alert.ContactId);
        Assert.Equal(await app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == Demo.A1).Select(a => a.Id).SingleAsync()),
            alert.CustomerAccountId);
        Assert.Equal("ldt:4f0c2a:90001", alert.ExternalReference);
        Assert.Equal("アラート: CredentialTheft (PC-TOKYO-012)", alert.Subject);
        Assert.Equal("A process tried to read the credentials of LSASS.", alert.Description);
        var details = Assert.IsType<AlertDetails>(alert.Alert);
        Assert.Equal((AlertSeverity.High, "CredentialTheft", "PC-TOKYO-012", "CORP\\yamada"), (details.Severity, details.DetectName, details.Device, details.UserName));
        Assert.Equal(("Credential Access", "OS Credential Dumping"), (details.Tactic, details.Technique));
        Assert.Equal(DetectedAt, details.DetectedAt);
        Assert.StartsWith("https://falcon.crowdstrike.com/", details.ConsoleLink, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Sending_the_detection_again_returns_its_case_and_creates_nothing(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        app.AsApiClient(Client);
        var alert = await AlertAsync(app, Demo.A1);
        var first = await app.Send(alert);
        var (alerts, outboxRows) = (await AlertCountAsync(app), (await Outbox.RowsAsync(app)).Count);

        var again = await app.Send(alert with { Severity = 5, DetectName = "Changed" });

        Assert.Equal(new AlertIngested(AlertOutcome.Replayed, first.Number), again);
        Assert.Equal((alerts, outboxRows), (await AlertCountAsync(app), (await Outbox.RowsAsync(app)).Count));
        Assert.Equal("CredentialTheft", (await app.InScopeAsync(sp => sp.Db().Cases.AsNoTracking().SingleAsync(c => c.Number == first.Number))).Alert!.DetectName);
    }

    [Fact]
    public async Task The_same_detection_id_under_another_CID_is_another_accounts_alert()
    {
        await using var app = await PortalApp.StartAsync();
        app.AsApiClient(Client);

        var a1 = await app.Send(await AlertAsync(app, Demo.A1));
        var b1 = await app.Send(await AlertAsync(app, Demo.B1));

        Assert.Equal((AlertOutcome.Created, AlertOutcome.Created), (a1.Outcome, b1.Outcome));
        Assert.NotEqual(a1.Number, b1.Number);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Of_fifty_simultaneous_identical_sends_one_creates_the_case_and_every_one_answers_with_it(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        app.AsApiClient(Client);
        var alert = await AlertAsync(app, Demo.A1);
        var before = await AlertCountAsync(app);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => app.Send(alert))));

        var created = Assert.Single(outcomes, o => o.Outcome == AlertOutcome.Created);
        Assert.All(outcomes, o => Assert.Equal(created.Number, o.Number));
        Assert.Equal(before + 1, await AlertCountAsync(app));
        // The losers gave their numbers back: the next case takes the one after the alert's.
        var next = await app.Send(await AlertAsync(app, Demo.A1, "ldt:4f0c2a:90002"));
        Assert.Equal(long.Parse(created.Number![2..], System.Globalization.CultureInfo.InvariantCulture) + 1,
            long.Parse(next.Number![2..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_unknown_CID_is_its_own_outcome_and_stores_nothing()
    {
        await using var app = await PortalApp.StartAsync();
        app.AsApiClient(Client);
        var before = await AlertCountAsync(app);
        var outboxRows = (await Outbox.RowsAsync(app)).Count;

        var ingested = await app.Send(await AlertAsync(app, Demo.A1) with { Cid = new string('A', 32) });

        Assert.Equal(new AlertIngested(AlertOutcome.UnknownCid, null), ingested);
        Assert.Equal(before, await AlertCountAsync(app));
        Assert.Equal(outboxRows, (await Outbox.RowsAsync(app)).Count);
    }

    [Theory]
    [InlineData(Demo.CustomerA)]
    [InlineData(Demo.AdminA)]
    [InlineData(Demo.Agent)]
    [Trait("Req", "TEN-1")]
    public async Task People_cannot_send_a_detection(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        var alert = await AlertAsync(app, Demo.A1);
        await app.SignedInAs(userId);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(alert));
    }

    [Fact]
    public async Task A_client_whose_token_lacks_the_alerts_scope_cannot_send_a_detection()
    {
        await using var app = await PortalApp.StartAsync();
        var alert = await AlertAsync(app, Demo.A1);
        var before = await AlertCountAsync(app);
        app.AsApiClient(Client, scope: "profile");

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () => await app.Send(alert));
        Assert.Equal(before, await AlertCountAsync(app));
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_refused_each_by_name()
    {
        await using var app = await PortalApp.StartAsync();
        app.AsApiClient(Client);
        var alert = await AlertAsync(app, Demo.A1) with
        {
            Cid = "not-a-cid",
            DetectionId = " ",
            Severity = 9,
            DetectName = null,
            DetectedAt = null,
            ConsoleLink = "javascript:alert(1)",
        };

        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(alert));

        Assert.Equal(
            [nameof(IngestAlert.Cid), nameof(IngestAlert.ConsoleLink), nameof(IngestAlert.DetectName), nameof(IngestAlert.DetectedAt),
                nameof(IngestAlert.DetectionId), nameof(IngestAlert.Severity)],
            refused.Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Req", "MAIL-1")]
    public async Task The_alert_mail_reaches_only_the_contacts_of_the_account_each_in_their_language_and_time_zone()
    {
        using var smtp = FakeSmtp.Started();
        await using var app = await PortalApp.StartAsync(smtpPort: smtp.Port);
        app.AsApiClient(Client);
        var a1 = await app.Send(await AlertAsync(app, Demo.A1));
        var b1 = await app.Send(await AlertAsync(app, Demo.B1, "ldt:77aa:1"));

        await app.ProcessOutboxAsync(); // the events, then the mails they enqueued
        await app.ProcessOutboxAsync();
        var mails = await smtp.WaitForAsync(4);

        var to = mails.ToDictionary(m => Assert.Single(m.To.Mailboxes).Address);
        Assert.Equal(["admin.a@example.com", "mfa.a@example.com", "user.a@example.com", "user.b@example.org"], to.Keys.Order(StringComparer.Ordinal));
        var japanese = to[Demo.CustomerAEmail];
        Assert.Equal($"[{a1.Number}] アラートを検知しました (重要度: 高): CredentialTheft", japanese.Subject);
        Assert.Contains("端末: PC-TOKYO-012", japanese.TextBody, StringComparison.Ordinal);
        Assert.Contains("検知日時: 2026-11-24 00:30 (Asia/Tokyo)", japanese.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Cases/{a1.Number}", japanese.TextBody, StringComparison.Ordinal);
        var english = to[Demo.CustomerBEmail];
        Assert.Equal($"[{b1.Number}] Alert detected (severity: High): CredentialTheft", english.Subject);
        Assert.Contains("Detected at: 2026-11-23 23:30 (Asia/Singapore)", english.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Cases/{b1.Number}", english.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(a1.Number!, english.TextBody, StringComparison.Ordinal);
    }
}
