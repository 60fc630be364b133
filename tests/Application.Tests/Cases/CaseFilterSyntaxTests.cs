using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Common.Search;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-5: the filter and sort as they live in the URL, parsed only from the whitelist; no database.</summary>
[Trait("Req", "CASE-5")]
public sealed class CaseFilterSyntaxTests
{
    [Theory]
    [InlineData("status.in.New|InProgress^category.eq.Service^OR^keyword.contains.アラート")]
    [InlineData("subject.contains.100%25 %5E 上限 %7C a.b.c")]
    [InlineData("subject.eq.' OR 1=1 --^customer.notin.N202400001|N202400002")]
    [InlineData("contact.empty^OR^contact.notempty^watch.contains.me^OR^assignee.ne.me")]
    [InlineData("created.between.2026-11-01|2026-11-30^updated.ge.2026-11-24^number.lt.CS0000005")]
    public void Format_gives_back_the_text_it_parsed(string text)
    {
        var parsed = CaseFilterSyntax.Parse(text);

        Assert.Null(parsed.ErrorKey);
        Assert.Equal(text, CaseFilterSyntax.Format(parsed.Filter!));
    }

    [Fact]
    public void Values_with_separators_percent_dots_and_Japanese_survive_a_round_trip()
    {
        string[] values = ["a^OR^b", "x|y", "100%", "%5E literally", "v1.2.3", "日本語の件名。", "50%OFF^|.", "' OR 1=1 --", "\"quoted\""];
        var filter = new CaseFilter([
            [new FilterCondition(CaseField.Subject, FilterOperator.OneOf, values)],
            [new FilterCondition(CaseField.Contractor, FilterOperator.Contains, ["株式会社.サンプル^銀行"])],
        ]);

        var text = CaseFilterSyntax.Format(filter);
        var back = CaseFilterSyntax.Parse(text);

        Assert.Null(back.ErrorKey);
        Assert.Equal(2, back.Filter!.Groups.Count);
        var subject = Assert.Single(back.Filter.Groups[0]);
        Assert.Equal((CaseField.Subject, FilterOperator.OneOf), (subject.Field, subject.Operator));
        Assert.Equal(values, subject.Values);
        Assert.Equal("株式会社.サンプル^銀行", Assert.Single(back.Filter.Groups[1]).Value);
        Assert.Equal(text, CaseFilterSyntax.Format(back.Filter));
    }

    [Fact]
    public void Names_are_read_case_insensitively_and_written_in_lower_case()
    {
        var parsed = CaseFilterSyntax.Parse("STATUS.EQ.new^Subject.Contains.Mixed Case");

        Assert.Equal("status.eq.new^subject.contains.Mixed Case", CaseFilterSyntax.Format(parsed.Filter!));
    }

    [Theory]
    [InlineData("secret.eq.x", "Filter.UnknownField", "secret")]
    [InlineData("status.like.New", "Filter.UnknownOperator", "status.like.New")]
    [InlineData("status", "Filter.UnknownOperator", "status")]
    [InlineData("status.contains.New", "Filter.UnknownOperator", "status.contains.New")]
    [InlineData("created.contains.2026", "Filter.UnknownOperator", "created.contains.2026")]
    [InlineData("subject.lt.a", "Filter.UnknownOperator", "subject.lt.a")]
    [InlineData("keyword.eq.alert", "Filter.UnknownOperator", "keyword.eq.alert")]
    [InlineData("watch.eq.me", "Filter.UnknownOperator", "watch.eq.me")]
    [InlineData("status.eq.Deleted", "Filter.BadValue", "status.eq.Deleted")]
    [InlineData("status.eq.1", "Filter.BadValue", "status.eq.1")]
    [InlineData("category.in.Fault|Nothing", "Filter.BadValue", "category.in.Fault|Nothing")]
    [InlineData("created.eq.2026-13-01", "Filter.BadValue", "created.eq.2026-13-01")]
    [InlineData("updated.eq.24/11/2026", "Filter.BadValue", "updated.eq.24/11/2026")]
    [InlineData("watch.contains.someone", "Filter.BadValue", "watch.contains.someone")]
    [InlineData("subject.eq", "Filter.MissingValue", "subject.eq")]
    [InlineData("subject.eq.", "Filter.MissingValue", "subject.eq.")]
    [InlineData("subject.in.a||b", "Filter.MissingValue", "subject.in.a||b")]
    [InlineData("created.between.2026-11-01", "Filter.MissingValue", "created.between.2026-11-01")]
    [InlineData("subject.empty.x", "Filter.MissingValue", "subject.empty.x")]
    public void A_condition_outside_the_whitelist_names_its_error_and_the_part(string text, string key, string part)
    {
        var parsed = CaseFilterSyntax.Parse("category.eq.Service^" + text);

        Assert.Null(parsed.Filter);
        Assert.Equal((key, part), (parsed.ErrorKey, parsed.Part));
    }

    [Fact]
    public void Twenty_conditions_parse_and_twenty_one_do_not()
    {
        var twenty = string.Join("^OR^", Enumerable.Range(0, 20).Select(i => $"subject.contains.{i}"));

        Assert.Null(CaseFilterSyntax.Parse(twenty).ErrorKey);
        Assert.Equal("Filter.TooMany", CaseFilterSyntax.Parse(twenty + "^subject.contains.x").ErrorKey);
        Assert.Equal("Filter.TooLong", CaseFilterSyntax.Parse("subject.contains." + new string('x', CaseFilterSyntax.TextMax)).ErrorKey);
    }

    [Fact]
    public void Empty_text_is_the_empty_filter()
    {
        Assert.True(CaseFilterSyntax.Parse(null).Filter!.IsEmpty);
        Assert.True(CaseFilterSyntax.Parse("  ").Filter!.IsEmpty);
        Assert.True(CaseFilterSyntax.Parse("^OR^").Filter!.IsEmpty);
    }

    [Fact]
    public void Take_keeps_the_first_conditions_in_reading_order_across_groups()
    {
        var filter = CaseFilterSyntax.Parse("category.eq.Service^status.eq.New^OR^subject.contains.a^subject.contains.b^OR^customer.eq.N1").Filter!;

        Assert.Equal("", CaseFilterSyntax.Format(filter.Take(0)));
        Assert.True(filter.Take(0).IsEmpty);
        Assert.Equal("category.eq.Service", CaseFilterSyntax.Format(filter.Take(1)));
        Assert.Equal("category.eq.Service^status.eq.New", CaseFilterSyntax.Format(filter.Take(2)));
        Assert.Equal("category.eq.Service^status.eq.New^OR^subject.contains.a", CaseFilterSyntax.Format(filter.Take(3)));
        Assert.Equal("category.eq.Service^status.eq.New^OR^subject.contains.a^subject.contains.b", CaseFilterSyntax.Format(filter.Take(4)));
        Assert.Equal(CaseFilterSyntax.Format(filter), CaseFilterSyntax.Format(filter.Take(5)));
        Assert.Equal(CaseFilterSyntax.Format(filter), CaseFilterSyntax.Format(filter.Take(99)));
        Assert.Equal(5, filter.Take(99).Conditions.Count());
    }

    [Fact]
    public void Every_field_takes_only_the_operators_of_its_type()
    {
        foreach (var field in Enum.GetValues<CaseField>())
        {
            foreach (var op in Enum.GetValues<FilterOperator>())
            {
                var values = CaseFields.ArityOf(op) switch { 0 => "", 2 => ".x|y", _ => ".x" };
                var parsed = CaseFilterSyntax.Parse($"{CaseFilterSyntax.NameOf(field)}.{CaseFilterSyntax.NameOf(op)}{values}");
                var allowed = CaseFields.OperatorsOf(field).Contains(op);
                Assert.True(allowed == (parsed.ErrorKey != "Filter.UnknownOperator"), $"{field} {op}: {parsed.ErrorKey}");
            }
        }

        Assert.Equal([FilterOperator.Contains], CaseFields.OperatorsOf(CaseField.Keyword));
        Assert.DoesNotContain(FilterOperator.Contains, CaseFields.OperatorsOf(CaseField.Status));
        Assert.DoesNotContain(FilterOperator.Less, CaseFields.OperatorsOf(CaseField.Subject));
        Assert.Contains(FilterOperator.Between, CaseFields.OperatorsOf(CaseField.CreatedAt));
    }

    [Theory]
    [InlineData("status.asc,subject.desc", "status.asc,subject.desc")]
    [InlineData("STATUS , subject.DESC", "status.asc,subject.desc")]
    [InlineData("updated.desc", "updated.desc")]
    public void Several_sort_keys_parse_in_order(string text, string formatted)
    {
        var keys = CaseSortSyntax.Parse(text);

        Assert.NotNull(keys);
        Assert.Equal(formatted, CaseSortSyntax.Format(keys));
    }

    [Theory]
    [InlineData("secret.asc")]
    [InlineData("status.up")]
    [InlineData("status.asc,status.desc")]
    [InlineData("status.asc.x")]
    [InlineData("number,status,subject,customer,contractor,service")]
    public void A_sort_outside_the_whitelist_does_not_parse(string text) => Assert.Null(CaseSortSyntax.Parse(text));

    [Fact]
    public void No_sort_is_newest_update_first() => Assert.Equal(CaseSortSyntax.Default, CaseSortSyntax.Parse(null));

    [Theory]
    [InlineData("アラート", "\"アラ ラー ート\"")]
    [InlineData("Quarant", "\"quarant\"*")]
    [InlineData("ＡＬＥＲＴ", "\"alert\"*")]
    [InlineData("iOS18", "\"ios18\"*")]
    [InlineData("' OR 1=1 --", "\"or\"* \"1 1\"*")]
    public void Keyword_terms_are_CJK_pairs_and_lower_case_word_prefixes(string keyword, string terms) =>
        Assert.Equal(terms, string.Join(' ', SearchText.Terms(keyword)!.Select(t => t.ToFts5())));

    [Theory]
    [InlineData("ア")]
    [InlineData("a")]
    [InlineData("%")]
    [InlineData("\"")]
    public void A_keyword_without_a_searchable_term_has_no_terms(string keyword) =>
        Assert.True(SearchText.Terms(keyword) is null or { Count: 0 });
}
