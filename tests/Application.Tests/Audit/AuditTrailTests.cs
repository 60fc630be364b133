using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Account.Commands.BeginTotpSetup;
using Portal.Application.Account.Commands.ConfirmTotp;
using Portal.Application.Account.Commands.DisableTotp;
using Portal.Application.Account.Commands.ForgetBrowser;
using Portal.Application.Account.Commands.SetEmailMfa;
using Portal.Application.Account.Commands.UpdateProfile;
using Portal.Application.Account.Queries.GetProfile;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Audit;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Audit;

/// <summary>AGT-4: a change of an auditable entity leaves who, when, what and before → after, in the same save.</summary>
[Trait("Req", "AGT-4")]
public sealed class AuditTrailTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_profile_change_is_recorded_with_only_the_changed_properties(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);
        var before = await app.Send(new GetProfile());
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        await app.Send(new UpdateProfile(before.FirstName, before.LastName, before.Email, "情報システム部 課長", before.PhoneBusiness,
            before.PhoneMobile, Language.Japanese, before.TimeZone, before.AccessibilityEnabled));

        var entry = await LatestAsync(app, "Contact");
        Assert.Equal(Demo.CustomerA, entry.ActorUserId);
        Assert.Equal("Modified", entry.Action);
        Assert.Equal(app.Clock.GetUtcNow(), entry.At);
        var changedBefore = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.BeforeJson!)!;
        var changedAfter = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.AfterJson!)!;
        Assert.Equal(["Title"], changedAfter.Keys);
        Assert.Equal(["Title"], changedBefore.Keys);
        Assert.Equal("情報システム部 課長", changedAfter["Title"].GetString());
        Assert.Equal(before.Title, changedBefore["Title"].ValueKind == JsonValueKind.Null ? null : changedBefore["Title"].GetString());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_trail_of_a_company_is_read_within_that_company_only(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);
        var profile = await app.Send(new GetProfile());
        await app.Send(new UpdateProfile(profile.FirstName, profile.LastName, profile.Email, "監査確認用", profile.PhoneBusiness,
            profile.PhoneMobile, Language.Japanese, profile.TimeZone, profile.AccessibilityEnabled));
        var id = (await LatestAsync(app, "Contact")).Id;

        Assert.True(await SeesAsync(await app.SignedInAs(Demo.AdminA), id));
        Assert.False(await SeesAsync(await app.SignedInAs(Demo.CustomerB), id));
        Assert.True(await SeesAsync(await app.SignedInAs(Demo.Agent), id));
    }

    private static Task<AuditEntry> LatestAsync(PortalApp app, string entityType) => app.InScopeAsync(sp =>
        sp.Db().AuditEntries.Where(e => e.EntityType == entityType).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).FirstAsync());

    private static Task<bool> SeesAsync(PortalApp app, Guid entryId) =>
        app.InUserScopeAsync(sp => sp.GetRequiredService<IApplicationDbContext>().AuditEntries.AnyAsync(e => e.Id == entryId));
}
