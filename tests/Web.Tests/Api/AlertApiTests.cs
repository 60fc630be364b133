using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Common.Interfaces;
using Portal.Domain.Cases;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Seeding;
using Portal.Web.Tests.Oidc;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Api;

/// <summary>API-1 over HTTP: POST /api/v1/alerts in both shapes, its refusals as problem details, and the OpenAPI document.</summary>
[Trait("Req", "API-1")]
public sealed class AlertApiTests(TestApiPortal portal) : IClassFixture<TestApiPortal>
{
    private const string AlertsPath = "/api/v1/alerts";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewDetectionId() => $"ldt:{Guid.NewGuid():N}:1";

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject Compact(string cid, string detectionId) => new()
    {
        ["cid"] = cid,
        ["detectionId"] = detectionId,
        ["severity"] = 4,
        ["detectName"] = "CredentialTheft",
        ["description"] = "A process tried to read the credentials of LSASS.",
        ["device"] = "PC-TOKYO-012",
        ["userName"] = "CORP\\yamada",
        ["tactic"] = "Credential Access",
        ["technique"] = "OS Credential Dumping",
        ["detectedAt"] = "2026-11-23T15:30:00Z",
        ["consoleLink"] = "https://falcon.crowdstrike.com/activity/detections/detail/4f0c2a",
    };

    private static JsonObject CrowdStrike(string cid, string detectionId) => new()
    {
        ["metadata"] = new JsonObject
        {
            ["eventType"] = "DetectionSummaryEvent",
            ["customerIDString"] = cid.ToLowerInvariant(),
            ["offset"] = 12345,
            ["eventCreationTime"] = 1_795_534_200_000L,
        },
        ["event"] = new JsonObject
        {
            ["DetectId"] = detectionId,
            ["Severity"] = 5,
            ["SeverityName"] = "Critical",
            ["Tactic"] = "Execution",
            ["Technique"] = "PowerShell",
            ["DetectName"] = "MaliciousScript",
            ["DetectDescription"] = "PowerShell ran an obfuscated script.",
            ["ComputerName"] = "PC-OSAKA-003",
            ["UserName"] = "suzuki",
            ["FalconHostLink"] = "https://falcon.crowdstrike.com/activity/detections/detail/77aa",
            ["ProcessStartTime"] = 1_795_534_100L,
        },
    };

    private static T InSystemScope<T>(WebApplicationFactory<Program> web, Func<IApplicationDbContext, T> read)
    {
        using var scope = web.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return read(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>());
    }

    private string CidOf(string account) => InSystemScope(portal.Web, db =>
        db.Contracts.Where(c => db.CustomerAccounts.Any(a => a.Id == c.CustomerAccountId && a.Number == account)).Select(c => c.CrowdStrikeCid).Single());

    private int AlertCount() => InSystemScope(portal.Web, db => db.Cases.Count(c => c.Category == CaseCategory.Alert));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static string[] ErrorFields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_compact_detection_is_created_with_201_and_its_replay_answers_200_with_the_same_case()
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var body = Compact(CidOf(DemoAccounts.AccountA1), NewDetectionId());

        using var created = await client.PostAsync(AlertsPath, Json(body), Ct);
        using var replayed = await client.PostAsync(AlertsPath, Json(body), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement;
        var number = first.GetProperty("caseNumber").GetString()!;
        Assert.True(Case.IsValidNumber(number));
        Assert.Equal($"/Cases/{number}", created.Headers.Location?.ToString());
        Assert.Equal("created", first.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        var again = JsonDocument.Parse(await replayed.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal((number, "replayed"), (again.GetProperty("caseNumber").GetString(), again.GetProperty("outcome").GetString()));
        Assert.Equal(1, InSystemScope(portal.Web, db => db.Cases.Count(c => c.ExternalReference == body["detectionId"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Without_a_token_or_with_one_lacking_the_scope_nothing_is_stored_and_the_answer_is_401_or_403()
    {
        using var anonymous = portal.Web.CreateClient();
        using var noScope = portal.Web.CreateClient();
        noScope.DefaultRequestHeaders.Authorization = new("Bearer", await noScope.TokenAsync(OidcTesting.MachineId, OidcTesting.MachineSecret, scope: null));
        var before = AlertCount();

        using var none = await anonymous.PostAsync(AlertsPath, Json(Compact(CidOf(DemoAccounts.AccountA1), NewDetectionId())), Ct);
        using var forbidden = await noScope.PostAsync(AlertsPath, Json(Compact(CidOf(DemoAccounts.AccountA1), NewDetectionId())), Ct);

        await ProblemAsync(none, HttpStatusCode.Unauthorized);
        await ProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Equal(before, AlertCount());
    }

    [Fact]
    public async Task A_Falcon_event_stream_detection_becomes_an_alert_case_of_the_CIDs_account()
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var detectionId = NewDetectionId();

        using var response = await client.PostAsync(AlertsPath, Json(CrowdStrike(CidOf(DemoAccounts.AccountA2), detectionId)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var alert = InSystemScope(portal.Web, db => db.Cases.AsNoTracking().Single(c => c.ExternalReference == detectionId));
        var account = InSystemScope(portal.Web, db => db.CustomerAccounts.Single(a => a.Id == alert.CustomerAccountId).Number);
        Assert.Equal(DemoAccounts.AccountA2, account);
        Assert.Equal(CaseCategory.Alert, alert.Category);
        Assert.Equal((AlertSeverity.Critical, "MaliciousScript", "PC-OSAKA-003", "suzuki", "Execution", "PowerShell"),
            (alert.Alert!.Severity, alert.Alert.DetectName, alert.Alert.Device, alert.Alert.UserName, alert.Alert.Tactic, alert.Alert.Technique));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_795_534_100L), alert.Alert.DetectedAt);
        Assert.Equal("PowerShell ran an obfuscated script.", alert.Description);
    }

    [Theory]
    [InlineData("{\"cid\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"cid\": \"x\", \"severity\": \"high\"}")]
    public async Task A_body_that_is_not_a_readable_JSON_object_is_400(string body)
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var before = AlertCount();

        using var response = await client.PostAsync(AlertsPath, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, AlertCount());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415()
    {
        using var client = await portal.Web.CreateApiClientAsync();

        using var response = await client.PostAsync(AlertsPath, new StringContent("cid=1", Encoding.UTF8, "text/plain"), Ct);

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_nothing_is_stored()
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var body = Compact(CidOf(DemoAccounts.AccountA1), NewDetectionId());
        body["description"] = new string('x', 70_000);
        var before = AlertCount();

        using var response = await client.PostAsync(AlertsPath, Json(body), Ct);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, AlertCount());
    }

    [Fact]
    public async Task Missing_fields_are_422_with_an_error_for_each_field_by_its_JSON_name()
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var compact = Compact(CidOf(DemoAccounts.AccountA1), NewDetectionId());
        foreach (var field in new[] { "detectionId", "severity", "detectName", "detectedAt" })
            compact.Remove(field);
        var stream = CrowdStrike(CidOf(DemoAccounts.AccountA1), NewDetectionId());
        stream["event"]!.AsObject().Remove("DetectId");
        stream["event"]!["FalconHostLink"] = "javascript:alert(1)";

        using var compactResponse = await client.PostAsync(AlertsPath, Json(compact), Ct);
        using var streamResponse = await client.PostAsync(AlertsPath, Json(stream), Ct);

        Assert.Equal(["detectName", "detectedAt", "detectionId", "severity"],
            ErrorFields(await ProblemAsync(compactResponse, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal(["event.DetectId", "event.FalconHostLink"], ErrorFields(await ProblemAsync(streamResponse, HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public async Task An_event_of_another_type_is_422()
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var stream = CrowdStrike(CidOf(DemoAccounts.AccountA1), NewDetectionId());
        stream["metadata"]!["eventType"] = "AuthActivityAuditEvent";

        using var response = await client.PostAsync(AlertsPath, Json(stream), Ct);

        Assert.Equal(["metadata.eventType"], ErrorFields(await ProblemAsync(response, HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public async Task An_unknown_CID_is_422_and_nothing_is_stored()
    {
        using var client = await portal.Web.CreateApiClientAsync();
        var before = AlertCount();

        using var response = await client.PostAsync(AlertsPath, Json(Compact(new string('0', 32), NewDetectionId())), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["cid"], ErrorFields(problem));
        Assert.Equal("Alert.UnknownCid", problem.GetProperty("code").GetString());
        Assert.Equal(before, AlertCount());
    }

    [Fact]
    public async Task A_caller_without_credentials_is_refused()
    {
        using var client = portal.Web.CreateClient();

        using var response = await client.PostAsync(AlertsPath, Json(Compact(CidOf(DemoAccounts.AccountA1), NewDetectionId())), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_to_anyone_and_describes_the_alert_endpoint()
    {
        using var client = portal.Web.CreateClient();

        using var response = await client.GetAsync("/api/v1/openapi.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var post = document.GetProperty("paths").GetProperty(AlertsPath).GetProperty("post");
        Assert.Equal(2, post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf").GetArrayLength());
        foreach (var status in new[] { "201", "200", "400", "413", "415", "422", "429" })
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), $"no response {status}");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        Assert.Equal("/connect/token", scheme.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
    }

    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_Retry_After_until_the_window_ends()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
        using var web = new PortalWebFactory
        {
            Clock = clock,
            Settings = ApiCaller.Settings(new Dictionary<string, string> { ["Api:Alerts:PermitLimit"] = "2", ["Api:Alerts:WindowSeconds"] = "60" }),
        };
        using var client = await web.CreateApiClientAsync();
        using var other = await web.CreateApiClientAsync(ApiCaller.OtherClient, ApiCaller.OtherSecret);
        var body = Compact(new string('0', 32), NewDetectionId());

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.PostAsync(AlertsPath, Json(body), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, allowed.StatusCode);
        }

        clock.Advance(TimeSpan.FromSeconds(20));
        using var refused = await client.PostAsync(AlertsPath, Json(body), Ct);
        await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("40", refused.Headers.GetValues("Retry-After").Single());
        using var otherClient = await other.PostAsync(AlertsPath, Json(body), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherClient.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(40));
        using var again = await client.PostAsync(AlertsPath, Json(body), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }
}
