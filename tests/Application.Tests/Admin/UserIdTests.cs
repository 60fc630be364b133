using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Admin.Commands.CreateContact;
using Portal.Application.Admin.Commands.UpdateContact;
using Portal.Application.Admin.Queries.ListContacts;
using Portal.Application.Tests.Support;
using Portal.Domain.Contacts;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Admin;

/// <summary>
/// ADM-3: a user ID is unique across the whole portal, other companies included, whatever the letters' case;
/// a duplicate is a clear field error and changes nothing, also when two admins take the same ID at once.
/// </summary>
[Trait("Req", "ADM-3")]
public sealed class UserIdTests
{
    private const string NewId = "shared.id@example.com.fm";

    [Theory]
    [InlineData(Demo.CustomerB)]
    [InlineData("USER.B@EXAMPLE.ORG.FM")]
    [Trait("Req", "ADM-2")]
    public async Task Creating_a_contact_with_another_companys_user_id_is_refused_and_stores_nothing(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var before = await DemoWorld.CountAsync(app);

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await app.Send(Contacts.New("someone@example.com", [await Contacts.AccountIdAsync(app, Demo.A1)], userId: userId)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(CreateContact.UserId), Contacts.TakenMessage), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(before, await DemoWorld.CountAsync(app));
        Assert.Empty(await Account.Resets.MailsAsync(app));
    }

    [Theory]
    [InlineData(Demo.CustomerB)]
    [InlineData("USER.B@EXAMPLE.ORG.FM")]
    public async Task Renaming_to_another_companys_user_id_is_refused_and_the_old_id_still_signs_in(string userId)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(Contacts.EditOf(page) with { UserId = userId }));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(UpdateContact.UserId), Contacts.TakenMessage), (error.PropertyName, error.ErrorMessage));
        Assert.Equal(Contacts.Stored(page), Contacts.Stored(await Contacts.PageAsync(app, Demo.CustomerA)));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerB));
    }

    [Fact]
    public async Task A_user_id_of_41_characters_is_a_field_error_on_the_user_id()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var tooLong = new string('a', 31) + "@ntt.co.fm"; // 41
        Assert.Equal(Contact.UserIdMax + 1, tooLong.Length);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);

        var create = await Assert.ThrowsAsync<ValidationException>(async () =>
            await app.Send(Contacts.New("someone@example.com", [await Contacts.AccountIdAsync(app, Demo.A1)], userId: tooLong)));
        var update = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(Contacts.EditOf(page) with { UserId = tooLong }));

        Assert.Equal(nameof(CreateContact.UserId), Assert.Single(create.Errors).PropertyName);
        Assert.Equal(nameof(UpdateContact.UserId), Assert.Single(update.Errors).PropertyName);
        Assert.Equal(Contacts.Stored(page), Contacts.Stored(await Contacts.PageAsync(app, Demo.CustomerA)));
    }

    [Fact]
    public async Task A_renamed_user_signs_in_with_its_new_id_only()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);

        await app.Send(Contacts.EditOf(page) with { UserId = NewId });

        Assert.Equal(NewId, Assert.Single((await app.Send(new ListContacts(Query: "shared.id"))).Items).UserId);
        Assert.Equal(SignInOutcome.Refused, await Contacts.SignInAsync(app, Demo.CustomerA));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, NewId));
    }

    /// <summary>
    /// Two contacts renamed to the same new ID at the same moment: on SQLite the requests run one after the other
    /// (BEGIN IMMEDIATE) and the second finds the ID taken; on PostgreSQL both may find it free, and the unique
    /// index refuses the second. Either way the loser sees the same field error, never an error page.
    /// </summary>
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Of_two_simultaneous_renames_to_the_same_id_exactly_one_wins(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);
        var first = await Contacts.PageAsync(app, Demo.CustomerA);
        var second = await Contacts.PageAsync(app, DemoAccountsMfa);

        var outcomes = await Task.WhenAll(
            Task.Run(() => Contacts.OutcomeAsync(() => app.Send(Contacts.EditOf(first) with { UserId = NewId }))),
            Task.Run(() => Contacts.OutcomeAsync(() => app.Send(Contacts.EditOf(second) with { UserId = NewId.ToUpperInvariant() }))));

        Assert.Equal(["UserId.Taken", "ok"], outcomes.Order(StringComparer.Ordinal));
        var (winner, loser) = outcomes[0] == "ok" ? (Demo.CustomerA, DemoAccountsMfa) : (DemoAccountsMfa, Demo.CustomerA);
        var normalized = Contact.NormalizeUserId(NewId);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.Db().Contacts.CountAsync(c => c.NormalizedUserId == normalized)));
        Assert.Equal(SignInOutcome.Refused, await Contacts.SignInAsync(app, winner));
        // The password is checked (mfa.a is then asked for its second factor): the IDs sign in, not only exist.
        Assert.NotEqual(SignInOutcome.Refused, await Contacts.SignInAsync(app, NewId));
        Assert.NotEqual(SignInOutcome.Refused, await Contacts.SignInAsync(app, loser));
    }

    /// <summary>
    /// The race made certain: another transaction has taken the ID but not yet committed when the rename checks it,
    /// so the check finds it free (PostgreSQL) and only the unique index can refuse; on SQLite the rename waits for
    /// the lock and then finds the ID taken.
    /// </summary>
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_rename_racing_an_uncommitted_taker_of_the_id_is_refused_with_the_field_error(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);
        var page = await Contacts.PageAsync(app, Demo.CustomerA);

        await using var taker = app.CreateSystemScope();
        var db = taker.ServiceProvider.Db();
        var ct = TestContext.Current.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var other = await db.Contacts.SingleAsync(c => c.UserId == DemoAccountsMfa, ct);
        other.ChangeUserId(NewId, app.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);

        // On a thread of its own: SQLite's driver waits for the lock synchronously.
        var rename = Task.Run(() => Contacts.OutcomeAsync(() => app.Send(Contacts.EditOf(page) with { UserId = NewId })), ct);
        if (await Task.WhenAny(rename, Task.Delay(TimeSpan.FromMilliseconds(500), ct)) == rename)
            Assert.Fail($"the rename did not wait for the taker's transaction: {await rename}");
        await transaction.CommitAsync(ct);

        Assert.Equal("UserId.Taken", await rename);
        Assert.Equal(Contacts.Stored(page), Contacts.Stored(await Contacts.PageAsync(app, Demo.CustomerA)));
        Assert.Equal(SignInOutcome.SignedIn, await Contacts.SignInAsync(app, Demo.CustomerA));
    }

    private const string DemoAccountsMfa = Infrastructure.Seeding.DemoAccounts.MfaCustomerA;
}
