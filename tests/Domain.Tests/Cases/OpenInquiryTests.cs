using Portal.Domain.Cases;
using Portal.Domain.Cases.Events;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Cases;

[Trait("Req", "CASE-2")]
public class OpenInquiryTests
{
    [Theory]
    [InlineData(CaseCategory.Service)]
    [InlineData(CaseCategory.ProductSpec)]
    [InlineData(CaseCategory.Other)]
    public void Second_open_inquiry_is_refused_with_the_open_case_number(CaseCategory category)
    {
        var ex = A.Refusal(() => Case.OpenInquiry(ACase.NextNumber(), ACase.Account, ACase.Contact, category,
            "件名", "内容", "CS0067414", ACase.Now));

        Assert.Equal("Case.OpenInquiryExists", ex.Code);
        Assert.Equal("CS0067414", ex.Details["openCase"]);
    }

    [Fact]
    public void A_fault_is_accepted_while_an_inquiry_is_open_and_does_not_count()
    {
        var fault = Case.OpenInquiry(ACase.NextNumber(), ACase.Account, ACase.Contact, CaseCategory.Fault,
            "故障", "端末が起動しない", "CS0067414", ACase.Now);

        Assert.Equal(CaseStatus.New, fault.Status);
        Assert.Null(fault.OpenInquiryAccountId);
    }

    [Theory]
    [InlineData(CaseCategory.Service)]
    [InlineData(CaseCategory.ProductSpec)]
    [InlineData(CaseCategory.Other)]
    public void A_counting_inquiry_holds_its_account_until_closed(CaseCategory category)
    {
        var c = ACase.Inquiry(category);
        Assert.Equal(ACase.Account.Id, c.OpenInquiryAccountId);

        c.StartWork(ACase.Agent, ACase.Now);
        c.Resolve("回答しました。", ACase.Agent, ACase.Now);
        Assert.Equal(ACase.Account.Id, c.OpenInquiryAccountId);

        c.AcceptSolution(ACase.Contact, ACase.Now);
        Assert.Null(c.OpenInquiryAccountId);
    }

    [Fact]
    public void Closing_by_the_customer_frees_the_account()
    {
        var c = ACase.Inquiry();

        c.CloseByCustomer(ACase.Contact, ACase.Now);

        Assert.Null(c.OpenInquiryAccountId);
    }

    [Fact]
    public void Alert_and_work_request_cases_do_not_count()
    {
        var alert = Case.OpenAlert(ACase.NextNumber(), ACase.Account, AlertDetails.Create("ldt:abc:123", AlertSeverity.High, "Detect", null, null, null, null, ACase.Now, null), "検知", "詳細", ACase.Now);

        Assert.Equal(CaseCategory.Alert, alert.Category);
        Assert.Null(alert.OpenInquiryAccountId);
        Assert.Null(alert.ContactId);
        Assert.Equal("ldt:abc:123", alert.ExternalReference);
    }

    [Theory]
    [InlineData(CaseCategory.Alert)]
    [InlineData(CaseCategory.WorkRequest)]
    [InlineData(CaseCategory.Incident)]
    public void Customers_open_inquiries_only_in_the_four_inquiry_categories(CaseCategory category)
    {
        var ex = A.Refusal(() => Case.OpenInquiry(ACase.NextNumber(), ACase.Account, ACase.Contact, category,
            "件名", "内容", null, ACase.Now));

        Assert.Equal("Case.CategoryNotAllowed", ex.Code);
    }

    [Fact]
    [Trait("Req", "CASE-1")]
    public void A_new_inquiry_is_new_and_raises_case_created()
    {
        var c = ACase.Inquiry();

        Assert.Equal(CaseStatus.New, c.Status);
        Assert.Equal(A.Company.Id, c.CompanyId);
        Assert.Equal(ACase.Now, c.CreatedAt);
        var created = Assert.IsType<CaseCreated>(Assert.Single(c.DomainEvents));
        Assert.Equal((c.Id, c.Number, CaseCategory.Service), (created.CaseId, created.Number, created.Category));
    }

    [Theory]
    [InlineData("CS123")]
    [InlineData("KB0000001")]
    [InlineData("cs0000001")]
    public void Case_numbers_are_cs_and_seven_digits(string number)
    {
        var ex = A.Refusal(() => Case.OpenInquiry(number, ACase.Account, ACase.Contact, CaseCategory.Fault,
            "件名", "内容", null, ACase.Now));

        Assert.Equal("Case.InvalidNumber", ex.Code);
    }

    [Fact]
    public void Subjects_longer_than_the_column_are_refused()
    {
        var ex = A.Refusal(() => Case.OpenInquiry(ACase.NextNumber(), ACase.Account, ACase.Contact,
            CaseCategory.Fault, new string('件', Case.SubjectMax + 1), "内容", null, ACase.Now));

        Assert.Equal("Value.TooLong", ex.Code);
    }

    [Fact]
    public void Inactive_accounts_take_no_inquiries()
    {
        var account = A.Account("N202400099");
        account.Deactivate();

        var ex = A.Refusal(() => Case.OpenInquiry(ACase.NextNumber(), account, ACase.Contact, CaseCategory.Fault,
            "件名", "内容", null, ACase.Now));

        Assert.Equal("Case.AccountInactive", ex.Code);
    }

    [Fact]
    public void The_open_inquiry_query_matches_only_counting_open_cases_of_the_account()
    {
        var isOpen = Case.OpenInquiryOf(ACase.Account.Id).Compile();

        Assert.True(isOpen(ACase.In(CaseStatus.AwaitingCustomer)));
        Assert.False(isOpen(ACase.In(CaseStatus.Closed)));
        Assert.False(isOpen(ACase.In(CaseStatus.New, CaseCategory.Fault)));
    }
}
