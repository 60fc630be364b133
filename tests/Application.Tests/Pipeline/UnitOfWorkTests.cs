using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Interfaces;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Pipeline;

/// <summary>The unit-of-work behaviour: a command commits as a whole or not at all.</summary>
public class UnitOfWorkTests
{
    [Fact, Trait("Req", "UI-3")]
    public async Task A_successful_command_is_saved_and_with_nothing_to_mail_wakes_no_outbox_worker()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        await app.Send(new ChangeLanguage(Language.English));

        Assert.Equal(Language.English, await LanguageOfAsync(app, Demo.CustomerA));
        Assert.Equal(0, app.OutboxSignal.Wakes); // the commit wrote no outbox row
    }

    [Fact, Trait("Req", "NFR-4")]
    public async Task A_command_that_fails_after_changing_data_leaves_nothing_saved()
    {
        // The handler changes the contact, then the sign-in port fails to refresh the cookie.
        var signIn = Substitute.For<ISignInService>();
        signIn.RefreshAsync(Arg.Any<Guid>()).ThrowsAsync(new InvalidOperationException("cookie refresh failed"));
        await using var app = await PortalApp.StartAsync(configure: s => s.AddScoped(_ => signIn));
        await app.SignedInAs(Demo.CustomerA);

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Send(new ChangeLanguage(Language.English)));

        Assert.Equal(Language.Japanese, await LanguageOfAsync(app, Demo.CustomerA));
        Assert.Equal(0, app.OutboxSignal.Wakes);
    }

    [Theory, Trait("Req", "NFR-4")]
    [ClassData(typeof(BothDatabases))]
    public async Task Rolling_back_discards_what_was_already_flushed_to_the_database(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        await app.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            sp.Db().LoginEvents.Add(LoginEvent.Record(LoginEventKind.Logout, "rollback.test", null, null, app.Clock.GetUtcNow(), "192.0.2.30", null));
            await sp.Db().SaveChangesAsync(ct);
            Assert.True(unitOfWork.InTransaction);
            await unitOfWork.RollbackAsync(ct);
            Assert.False(unitOfWork.InTransaction);
        });

        Assert.False(await app.InScopeAsync(sp => sp.Db().LoginEvents.AnyAsync(e => e.UserId == "rollback.test", ct)));
    }

    private static Task<Language> LanguageOfAsync(PortalApp app, string userId) =>
        app.InScopeAsync(sp => sp.Db().Contacts.Where(c => c.UserId == userId).Select(c => c.Language).SingleAsync());
}
