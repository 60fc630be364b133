using System.Globalization;
using FluentValidation;
using Portal.Application.Cases.Queries.ListCases;
using Portal.Application.Tests.Support;

namespace Portal.Application.Tests.Cases;

/// <summary>CASE-5 / UI-3: a filter outside the whitelist is refused by the list query with a message in the user's language.</summary>
[Trait("Req", "CASE-5")]
[Trait("Req", "UI-3")]
public sealed class FilterValidationTests
{
    [Theory]
    [InlineData("ja", "secret.eq.x", "フィルターの項目「secret」は使用できません。")]
    [InlineData("en", "secret.eq.x", "The filter field \"secret\" does not exist.")]
    [InlineData("ja", "status.like.New", "「状況」には、この条件は使用できません。")]
    [InlineData("en", "status.like.New", "This kind of condition cannot be used with \"Status\".")]
    [InlineData("ja", "status.contains.New", "「状況」には、この条件は使用できません。")]
    [InlineData("en", "created.contains.2026", "This kind of condition cannot be used with \"Created\".")]
    [InlineData("ja", "created.eq.2026-02-30", "「作成日」の値「2026-02-30」は正しくありません。")]
    [InlineData("en", "status.eq.Deleted", "\"Deleted\" is not a valid value for \"Status\".")]
    [InlineData("ja", "subject.eq", "「件名」の条件に値を入力してください。")]
    [InlineData("en", "created.between.2026-11-01", "Please enter a value for the \"Created\" condition.")]
    [InlineData("ja", "keyword.contains.ア", "キーワードは 2 文字以上で入力してください（1 文字の漢字・かなでは検索できません）。")]
    [InlineData("ja", "category.in.Fault|Bogus", "「カテゴリ」の値「Bogus」は正しくありません。")]
    [InlineData("en", "keyword.contains.a", "Please enter at least 2 characters per keyword (a single kanji or kana cannot be searched).")]
    public async Task A_filter_outside_the_whitelist_is_a_validation_error_in_the_users_language(string language, string filter, string message)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var error = await InCultureAsync(language, () => Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Filter: filter))));

        Assert.Equal(message, Assert.Single(error.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("ja", "フィルター条件は 20 件までです。")]
    [InlineData("en", "A filter can have at most 20 conditions.")]
    public async Task More_than_twenty_conditions_are_refused(string language, string message)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);
        var twenty = string.Join("^", Enumerable.Range(0, 20).Select(i => $"subject.ne.{i}"));

        var page = await app.Send(new ListCases(Filter: twenty));
        var error = await InCultureAsync(language, () =>
            Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Filter: twenty + "^subject.ne.x"))));

        Assert.Equal(6, page.Total);
        Assert.Equal(message, Assert.Single(error.Errors).ErrorMessage);
        Assert.Equal("Filter.TooMany", error.Errors.Single().ErrorCode);
    }

    [Theory]
    [InlineData("ja", "並べ替えの指定が正しくありません。")]
    [InlineData("en", "The sort order is not valid.")]
    public async Task A_sort_outside_the_whitelist_is_refused_in_the_users_language(string language, string message)
    {
        await using var app = await PortalApp.StartAsync();
        await app.SignedInAs(Demo.CustomerA);

        var error = await InCultureAsync(language, () =>
            Assert.ThrowsAsync<ValidationException>(() => app.Send(new ListCases(Sort: "status.asc,Description;DROP TABLE Cases"))));

        Assert.Equal(message, Assert.Single(error.Errors).ErrorMessage);
    }

    private static async Task<T> InCultureAsync<T>(string language, Func<Task<T>> action)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
