using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases.Commands.CreateInquiry;
using Portal.Application.Cases.Queries.GetInquiryForm;
using Portal.Application.Tests.Support;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-1 and CASE-2 through the mediator pipeline, as the inquiry form sends them.</summary>
[Trait("Req", "CASE-1")]
[Trait("Req", "CASE-2")]
public class CreateInquiryTests
{
    private static Task<Guid> AccountIdAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().CustomerAccounts.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    private static async Task<CreateInquiry> InquiryAsync(PortalApp app, string account, CaseCategory category = CaseCategory.Service,
        string subject = "契約内容の確認", string description = "現在の契約内容を教えてください。") =>
        new(await AccountIdAsync(app, account), category, subject, description);

    private static Task<Case> CaseAsync(PortalApp app, string number) =>
        app.InScopeAsync(sp => sp.Db().Cases.AsNoTracking().SingleAsync(c => c.Number == number));

    private static Task<string?> OpenNumberAsync(PortalApp app, string account) => app.InScopeAsync(async sp =>
    {
        var id = await AccountIdAsync(app, account);
        return await sp.Db().Cases.Where(Case.OpenInquiryOf(id)).Select(c => c.Number).SingleOrDefaultAsync();
    });

    [Fact]
    public async Task A_new_inquiry_is_a_new_CS_case_of_the_contact()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var number = await app.Send(await InquiryAsync(app, Demo.A3));

        Assert.True(Case.IsValidNumber(number));
        var created = await CaseAsync(app, number);
        Assert.Equal(CaseStatus.New, created.Status);
        Assert.Equal(CaseCategory.Service, created.Category);
        Assert.Equal("契約内容の確認", created.Subject);
        Assert.Equal(await DemoCases.ContactIdAsync(app, Demo.AdminA), created.ContactId);
        Assert.Equal(await AccountIdAsync(app, Demo.A3), created.CustomerAccountId);
        Assert.True(app.OutboxSignal.Wakes > 0);
    }

    [Fact]
    public async Task A_second_inquiry_is_refused_with_the_open_case_number()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var first = await app.Send(await InquiryAsync(app, Demo.A3));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await app.Send(await InquiryAsync(app, Demo.A3, CaseCategory.Other, "別件")));

        Assert.Equal("Case.OpenInquiryExists", refused.Code);
        Assert.Equal(first, refused.Details["openCase"]);
    }

    [Fact]
    public async Task An_open_seeded_inquiry_refuses_a_new_one()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(await InquiryAsync(app, Demo.A2)));

        Assert.Equal(await OpenNumberAsync(app, Demo.A2), refused.Details["openCase"]);
    }

    [Fact]
    public async Task A_fault_inquiry_is_allowed_while_another_is_open()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var number = await app.Send(await InquiryAsync(app, Demo.A2, CaseCategory.Fault, "端末が故障した"));

        Assert.Equal(CaseCategory.Fault, (await CaseAsync(app, number)).Category);
    }

    [Fact]
    public async Task An_open_alert_does_not_count_as_an_open_inquiry()
    {
        await using var app = await PortalApp.StartAsync();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var a3 = await db.CustomerAccounts.SingleAsync(a => a.Number == Demo.A3);
            db.Cases.Add(Case.OpenAlert(await DemoCases.NextNumberAsync(sp), a3, AlertDetails.Create("ldt:test:1", AlertSeverity.High, "Detect", null, null, null, null, app.Clock.GetUtcNow(), null), "検知", "詳細", app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await app.SignedInAs(Demo.AdminA);

        var number = await app.Send(await InquiryAsync(app, Demo.A3));

        Assert.Equal(number, await OpenNumberAsync(app, Demo.A3));
    }

    [Fact]
    [Trait("Req", "TEN-1")]
    public async Task An_unlinked_customer_number_of_the_own_company_is_refused_like_none_chosen()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var inquiry = await InquiryAsync(app, Demo.A3);

        Assert.Equal(await AccountErrorAsync(app, inquiry with { CustomerAccountId = Guid.Empty }), await AccountErrorAsync(app, inquiry));
    }

    [Fact]
    [Trait("Req", "TEN-1")]
    [Trait("Req", "NFR-4")]
    public async Task Another_companys_customer_number_is_refused_like_none_chosen()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var inquiry = await InquiryAsync(app, Demo.B2);

        Assert.Equal("お客様番号を一覧から選択してください。", await AccountErrorAsync(app, inquiry));
        Assert.Null(await OpenNumberAsync(app, Demo.B2));
    }

    [Fact]
    [Trait("Req", "NFR-4")]
    public async Task A_category_that_is_none_of_the_list_is_a_field_error()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var inquiry = await InquiryAsync(app, Demo.A3) with { Category = null };

        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(inquiry));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(CreateInquiry.Category), "お問い合わせ種別を一覧から選択してください。"), (error.PropertyName, error.ErrorMessage));
        Assert.Null(await OpenNumberAsync(app, Demo.A3));
    }

    [Fact]
    [Trait("Req", "UI-3")]
    public async Task Empty_fields_are_named_in_natural_sentences()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);
        var inquiry = await InquiryAsync(app, Demo.A3, subject: " ", description: new string('x', Case.DescriptionMax + 1));

        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(inquiry));

        Assert.Equal(["件名を入力してください。", $"説明は {Case.DescriptionMax} 文字以内で入力してください（現在 {Case.DescriptionMax + 1} 文字）。"],
            refused.Errors.Select(e => e.ErrorMessage));
    }

    private static async Task<string> AccountErrorAsync(PortalApp app, CreateInquiry inquiry)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await app.Send(inquiry));
        return Assert.Single(refused.Errors, e => e.PropertyName == nameof(CreateInquiry.CustomerAccountId)).ErrorMessage;
    }

    [Fact]
    public async Task The_form_offers_only_the_users_customer_numbers_and_the_four_categories()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var form = await app.Send(new GetInquiryForm());

        Assert.Equal([Demo.A1, Demo.A2], form.Accounts.Select(a => a.Number));
        Assert.All(form.Accounts, a => Assert.False(string.IsNullOrEmpty(a.ContractorName)));
        Assert.Equal([CaseCategory.Service, CaseCategory.ProductSpec, CaseCategory.Fault, CaseCategory.Other], form.Categories);
    }

    [Theory]
    [InlineData(CaseCategory.Service, "", "説明", "Subject")]
    [InlineData(CaseCategory.Service, "件名", "", "Description")]
    [InlineData(CaseCategory.Alert, "件名", "説明", "Category")]
    [InlineData(CaseCategory.WorkRequest, "件名", "説明", "Category")]
    public async Task A_bad_field_is_refused_by_name(CaseCategory category, string subject, string description, string field)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await app.Send(await InquiryAsync(app, Demo.A3, category, subject, description)));

        Assert.Equal(field, Assert.Single(refused.Errors).PropertyName);
        Assert.Null(await OpenNumberAsync(app, Demo.A3));
    }

    [Fact]
    public async Task A_too_long_subject_is_refused()
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.AdminA);

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await app.Send(await InquiryAsync(app, Demo.A3, subject: new string('件', Case.SubjectMax + 1))));

        Assert.Equal("Subject", Assert.Single(refused.Errors).PropertyName);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Of_twenty_simultaneous_inquiries_exactly_one_is_created_and_the_rest_are_refused_with_it(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        await app.SignedInAs(Demo.AdminA);
        var inquiry = await InquiryAsync(app, Demo.A3);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                return (Number: await app.Send(inquiry with { Subject = $"同時送信 {i}" }), Refusal: (DomainRuleException?)null);
            }
            catch (DomainRuleException ex)
            {
                return (Number: (string?)null, Refusal: ex);
            }
        })));

        var created = Assert.Single(outcomes, o => o.Number is not null).Number;
        var refusals = outcomes.Where(o => o.Refusal is not null).Select(o => o.Refusal!).ToList();
        Assert.Equal(19, refusals.Count);
        Assert.All(refusals, r =>
        {
            Assert.Equal("Case.OpenInquiryExists", r.Code);
            Assert.Equal(created, r.Details["openCase"]);
        });
        Assert.Equal(created, await OpenNumberAsync(app, Demo.A3));
    }
}
