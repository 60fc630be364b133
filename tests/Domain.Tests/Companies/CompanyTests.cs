using Portal.Domain.Companies;
using Portal.Domain.SavedFilters;
using Portal.Domain.Tests.Builders;

namespace Portal.Domain.Tests.Companies;

public class CompanyTests
{
    [Theory]
    [Trait("Req", "SVC-1")]
    [InlineData("N20240000")]
    [InlineData("n202400003")]
    [InlineData("NN02400003")]
    public void Customer_numbers_are_a_capital_letter_and_nine_digits(string number) =>
        Assert.Equal("CustomerAccount.InvalidNumber", A.Refusal(() => A.Account(number)).Code);

    [Fact]
    [Trait("Req", "API-1")]
    public void A_crowdstrike_cid_is_32_hex_digits_stored_upper_case()
    {
        var contract = Contract.Create(Guid.CreateVersion7(), new DateOnly(2024, 2, 6), "Falcon Mobile", 100,
            "NTT Docomo Business", "0123456789abcdef0123456789abcdef");

        Assert.Equal("0123456789ABCDEF0123456789ABCDEF", contract.CrowdStrikeCid);
        Assert.Equal("Contract.InvalidCid", A.Refusal(() => contract.ChangeCrowdStrike("x", "0123-not-hex")).Code);
    }

    [Fact]
    [Trait("Req", "CASE-6")]
    public void Overwriting_a_saved_filter_keeps_its_name_and_changes_the_query()
    {
        var filter = SavedFilter.Create(Guid.CreateVersion7(), A.Company.Id, "アラート", SavedFilter.CasesTarget,
            "category=Alert", FilterVisibility.Me, A.Now);

        filter.Overwrite("category=Alert&status=New", FilterVisibility.Company, A.Now.AddDays(1));

        Assert.Equal(("アラート", "category=Alert&status=New", FilterVisibility.Company, A.Now.AddDays(1)),
            (filter.Name, filter.QueryString, filter.Visibility, filter.UpdatedAt));
    }

    [Fact]
    [Trait("Req", "CASE-6")]
    public void Provider_staff_cannot_share_a_filter_with_a_company()
    {
        var ex = A.Refusal(() => SavedFilter.Create(Guid.CreateVersion7(), null, "q", SavedFilter.CasesTarget, "",
            FilterVisibility.Company, A.Now));

        Assert.Equal("SavedFilter.NoCompany", ex.Code);
    }
}
