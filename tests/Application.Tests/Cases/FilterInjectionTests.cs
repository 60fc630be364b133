using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-5 "no injection": what a user types is only ever data. SQL, LIKE wildcards and quotes match
/// themselves or nothing — never every case, and never another tenant's (TEN-1).
/// </summary>
[Trait("Req", "CASE-5")]
[Trait("Req", "TEN-1")]
public sealed class FilterInjectionTests
{
    private const string Percent = "割引 100% 適用の件";
    private const string Underscore = "file_name の件";
    private const string Quote = "He said \"stop\" の件";
    private const string Sql = "x' OR 1=1 --y の件";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Wildcards_quotes_and_SQL_in_a_text_value_match_literally(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var percent = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Percent);
        var underscore = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Underscore);
        var quote = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Quote);
        var sql = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Sql);
        await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B1, "B's " + Sql);
        await app.SignedInAs(Demo.CustomerA);

        Assert.Equal([percent], await FindAsync(app, CaseField.Subject, FilterOperator.Contains, "%"));
        Assert.Equal([percent], await FindAsync(app, CaseField.Subject, FilterOperator.Contains, "0%"));
        Assert.Equal([underscore], await FindAsync(app, CaseField.Subject, FilterOperator.Contains, "_"));
        Assert.Equal([quote], await FindAsync(app, CaseField.Subject, FilterOperator.Contains, "\""));
        Assert.Equal([sql], await FindAsync(app, CaseField.Subject, FilterOperator.Contains, "' OR 1=1 --"));
        Assert.Equal([sql], await FindAsync(app, CaseField.Subject, FilterOperator.Equal, Sql));
        Assert.Empty(await FindAsync(app, CaseField.Subject, FilterOperator.Equal, "%"));
        Assert.Empty(await FindAsync(app, CaseField.Subject, FilterOperator.Equal, "' OR 1=1 --"));
        Assert.Empty(await FindAsync(app, CaseField.Subject, FilterOperator.Equal, "' OR '1'='1"));
        Assert.Empty(await FindAsync(app, CaseField.Subject, FilterOperator.OneOf, "x", "' OR 1=1 --", "%"));
        Assert.Empty(await FindAsync(app, CaseField.Subject, FilterOperator.Contains, "%_%"));
        Assert.Empty(await FindAsync(app, CaseField.Contractor, FilterOperator.Equal, "' OR 1=1 --"));
        Assert.Empty(await FindAsync(app, CaseField.CustomerNumber, FilterOperator.Contains, "%"));
        Assert.Empty(await FindAsync(app, CaseField.Contact, FilterOperator.Contains, "_"));
        Assert.Empty(await FindAsync(app, CaseField.Service, FilterOperator.Equal, "\") OR (\"1\"=\"1"));
        Assert.Empty(await FindAsync(app, CaseField.Number, FilterOperator.Equal, "' OR 1=1 --"));
        Assert.Empty(await FindAsync(app, CaseField.Number, FilterOperator.Contains, "%"));
        Assert.Empty(await FindAsync(app, CaseField.Number, FilterOperator.Contains, "_"));
        // Everything every "not" sees is still only the user's own cases.
        var all = await FindAsync(app, CaseField.Subject, FilterOperator.NotEqual, "' OR 1=1 --");
        Assert.Equal(10, all.Count);
        Assert.Equal(all, await FindAsync(app, CaseField.Number, FilterOperator.NotEqual, "' OR 1=1 --"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task SQL_and_index_syntax_in_a_keyword_are_only_words(DatabaseProvider provider)
    {
        await using var app = await PortalApp.StartAsync(provider);
        var sql = await DemoCases.OpenInquiryAsync(app, Demo.CustomerA, Demo.A1, Sql);
        await DemoCases.OpenInquiryAsync(app, Demo.CustomerB, Demo.B1, "B's " + Sql);
        await app.SignedInAs(Demo.CustomerA);

        // 「' OR 1=1 --」 is the words "or" and "1 1": the case that has them, not every case.
        Assert.Equal([sql], await FindAsync(app, CaseField.Keyword, FilterOperator.Contains, "' OR 1=1 --"));
        Assert.Empty(await FindAsync(app, CaseField.Keyword, FilterOperator.Contains, "NEAR(端末 起動) OR *"));
        Assert.Empty(await FindAsync(app, CaseField.Keyword, FilterOperator.Contains, "zz:* | !zz"));
        Assert.Empty(await FindAsync(app, CaseField.Keyword, FilterOperator.Contains, "\"\" \"stop"));
    }

    private static async Task<List<string>> FindAsync(PortalApp app, CaseField field, FilterOperator op, params string[] values)
    {
        var filter = CaseFilterSyntax.Format(new CaseFilter([[new FilterCondition(field, op, values)]]));
        var page = await app.Send(new ListCases(Filter: filter, Sort: "number.asc", Size: 100));
        Assert.Equal(page.Items.Count, page.Total);
        return [.. page.Items.Select(i => i.Number)];
    }
}
