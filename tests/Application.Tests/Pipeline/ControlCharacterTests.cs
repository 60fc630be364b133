using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Pipeline;

/// <summary>NFR-4: text with NUL or other control characters never reaches the database, on every provider.</summary>
[Trait("Req", "NFR-4")]
public sealed class ControlCharacterTests
{
    private static Task<Guid> AccountIdAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_inquiry_with_NUL_in_its_subject_is_a_field_error_and_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);
        var account = await AccountIdAsync(app, Demo.A3);
        var before = await app.InScopeAsync(sp => sp.Db().Cases.CountAsync());

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            app.Send(new CreateInquiry(account, CaseCategory.Service, "件名\0です", "説明\u0007です。")));

        Assert.Equal(["Subject", "Description"], refused.Errors.Select(e => e.PropertyName));
        Assert.Equal("件名に使用できない文字（制御文字）が含まれています。", refused.Errors.First().ErrorMessage);
        Assert.Equal(before, await app.InScopeAsync(sp => sp.Db().Cases.CountAsync()));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_list_filter_with_NUL_is_refused_before_the_query(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(CaseView.All, "subject.contains.a\0b", null, 1)));

        Assert.Equal("Filter", Assert.Single(refused.Errors).PropertyName);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Tab_and_line_breaks_are_kept(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);

        var number = await app.Send(new CreateInquiry(await AccountIdAsync(app, Demo.A3), CaseCategory.Service, "件名", "一行目\r\n\t二行目"));

        Assert.Equal("一行目\r\n\t二行目", await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number).Select(c => c.Description).SingleAsync()));
    }

    [Fact]
    public void Aggregates_strip_control_characters_whatever_sent_them()
    {
        Assert.Equal("件名です", Text.Required("件\0名\u001bです\u0085", 100, "Subject"));
        Assert.Equal("a\tb\r\nc", Text.Optional("a\tb\r\nc\0", 100, "Description"));
        Assert.Null(Text.Optional("\0\u0001", 100, "Description"));
        Assert.Equal("Mozilla", Text.Truncate("Moz\0illa", 100));
    }
}
