using System.Globalization;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Cases;
using Portal.Application.Cases.Commands.AddAgentComment;
using Portal.Application.Cases.Commands.AddCustomerComment;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;

namespace Portal.Application.Tests.Cases;

/// <summary>
/// CASE-7, AGT-1: one comment rule, the same for a customer's comment and an agent's comment: empty after
/// markup, size, nesting depth and element count; what is refused is not stored.
/// </summary>
[Trait("Req", "CASE-7")]
[Trait("Req", "AGT-1")]
public sealed class CommentRuleTests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "empty", "Case.EmptyComment" },
        { "<p><br></p>", "Case.EmptyComment" },
        { "<p>&nbsp; </p><p><br></p>", "Case.EmptyComment" },
        { "too long", "Comment.TooLong" },
        { "33 levels", "Comment.TooDeep" },
        { "33,000 nested <b>", "Comment.TooDeep" },
        { "5,001 elements", "Comment.TooManyElements" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_comment_breaking_the_rule_is_refused_alike_for_customer_and_agent_and_not_stored(string sample, string code)
    {
        await using var app = await PortalApp.StartAsync();
        var number = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == DemoCases.NewFaultSubject).Select(c => c.Number).SingleAsync());
        var html = Sample(sample);

        await app.SignedInAs(Demo.CustomerA);
        var customer = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new AddCustomerComment(number, html, Version: 0)));
        await app.SignedInAs(Demo.Agent);
        var agent = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new AddAgentComment(number, html, IsWorkNote: false, Version: 0)));
        var note = await Assert.ThrowsAsync<ValidationException>(() => app.Send(new AddAgentComment(number, html, IsWorkNote: true, Version: 0)));

        Assert.Equal(code, Assert.Single(customer.Errors).ErrorCode);
        Assert.Equal(Outcome(customer), Outcome(agent));
        Assert.Equal(Outcome(customer), Outcome(note));
        Assert.Equal(0, await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number).SelectMany(c => c.Comments).CountAsync()));
    }

    [Fact]
    public async Task A_comment_that_only_the_sanitizer_empties_is_refused_alike()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == DemoCases.NewFaultSubject).Select(c => c.Number).SingleAsync());

        await app.SignedInAs(Demo.CustomerA);
        var customer = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AddCustomerComment(number, "<script>alert(1)</script>", await app.VersionOfAsync(number))));
        await app.SignedInAs(Demo.Agent);
        var agent = await Assert.ThrowsAsync<DomainRuleException>(async () => await app.Send(new AddAgentComment(number, "<script>alert(1)</script>", IsWorkNote: true, await app.VersionOfAsync(number))));

        Assert.Equal(("Case.EmptyComment", "Case.EmptyComment"), (customer.Code, agent.Code));
    }

    [Fact]
    public async Task The_largest_allowed_comment_is_taken_from_customer_and_agent_and_stored_sanitized()
    {
        await using var app = await PortalApp.StartAsync();
        var number = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == DemoCases.NewFaultSubject).Select(c => c.Number).SingleAsync());
        var html = Largest();

        await app.SignedInAs(Demo.CustomerA);
        await app.Send(new AddCustomerComment(number, html, await app.VersionOfAsync(number)));
        await app.SignedInAs(Demo.Agent);
        await app.Send(new AddAgentComment(number, html, IsWorkNote: false, await app.VersionOfAsync(number)));

        var stored = await app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Number == number).SelectMany(c => c.Comments).Select(c => c.BodyHtml).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, body => Assert.Equal(html.Replace(" onclick=\"x()\"", string.Empty, StringComparison.Ordinal), body));
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("agent")]
    public void The_messages_say_what_to_change_in_Japanese_and_English(string who)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        List<string> messages = [];
        try
        {
            foreach (var culture in new[] { "ja", "en" }.Select(CultureInfo.GetCultureInfo))
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
                messages.Add(Messages(who, Sample("33 levels")) + " | " + Messages(who, Sample("5,001 elements")) + " | " + Messages(who, Sample("too long")));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        Assert.Equal(
            "コメントの書式の入れ子が深すぎます（32 段まで）。書式を減らしてください。 | " +
            "コメントの段落・改行・表のセル・書式が多すぎます（合計 5,000 個まで）。コメントを分けるか、書式を減らしてください。 | " +
            "コメントが長すぎます。書式を含めて 100,000 文字以内にしてください。", messages[0]);
        Assert.Equal(
            "The comment's formatting is nested too deeply (at most 32 levels). Please simplify the formatting. | " +
            "The comment has too many paragraphs, line breaks, table cells and formats (at most 5,000 in all). Please split it into several comments or simplify the formatting. | " +
            "The comment is too long: it can have at most 100,000 characters, formatting included.", messages[1]);
    }

    /// <summary>Markup an HTML parser nests deeper than its tags look: the count must not be fooled.</summary>
    [Theory]
    [InlineData("<b><table><tr><td></b>")] // the cell ignores the stray </b>: the parser nests on
    [InlineData("<b title=x\"><i>")] // a quote inside an unquoted value opens nothing
    [InlineData("<!--><u>")] // an abrupt comment ends at once
    [InlineData("<!-- --!><s>")]
    [InlineData("<span><script></span></script>")]
    public void Markup_that_nests_deeper_than_it_looks_is_refused(string piece)
    {
        var html = "<p>x</p>" + string.Concat(Enumerable.Repeat(piece, CommentBody.MaxDepth + 1));

        foreach (var who in new[] { "customer", "agent" })
            Assert.Equal("Comment.TooDeep", Assert.Single(Failures(who, html)).ErrorCode);
    }

    [Fact]
    public void Stray_end_tags_count_as_elements()
    {
        var html = "<p>x</p>" + string.Concat(Enumerable.Repeat("</p>", CommentBody.MaxElements));

        foreach (var who in new[] { "customer", "agent" })
            Assert.Equal("Comment.TooManyElements", Assert.Single(Failures(who, html)).ErrorCode);
    }

    private static string Sample(string name) => name switch
    {
        "empty" => string.Empty,
        "too long" => "<p>" + new string('あ', CommentBody.MaxLength) + "</p>",
        "33 levels" => Nested(CommentBody.MaxDepth + 1),
        "33,000 nested <b>" => string.Concat(Enumerable.Repeat("<b>", 33_000)) + "x",
        "5,001 elements" => "<p>x</p>" + string.Concat(Enumerable.Repeat("<br>", CommentBody.MaxElements)),
        _ => name,
    };

    /// <summary><paramref name="depth"/> elements inside one another, with text at the bottom.</summary>
    private static string Nested(int depth) =>
        "<p>" + string.Concat(Enumerable.Repeat("<b>", depth - 1)) + "x" + string.Concat(Enumerable.Repeat("</b>", depth - 1)) + "</p>";

    /// <summary>
    /// As long, as deep and with as many elements as allowed: blocks of 32 levels of allow-listed formatting
    /// (with an event handler the sanitizer removes), text filling the size limit.
    /// </summary>
    private static string Largest()
    {
        string[] tags = ["strong", "em", "u", "s", "span"];
        var blocks = CommentBody.MaxElements / CommentBody.MaxDepth;
        var open = string.Concat(Enumerable.Range(0, CommentBody.MaxDepth - 1).Select(i => $"<{tags[i % tags.Length]}>"));
        var close = string.Concat(Enumerable.Range(0, CommentBody.MaxDepth - 1).Reverse().Select(i => $"</{tags[i % tags.Length]}>"));
        var frame = "<p onclick=\"x()\">".Length + open.Length + close.Length + "</p>".Length;
        var text = (CommentBody.MaxLength / blocks) - frame;
        var html = new StringBuilder();
        for (var b = 0; b < blocks; b++)
            html.Append("<p onclick=\"x()\">").Append(open).Append('字', text).Append(close).Append("</p>");
        Assert.True(html.Length <= CommentBody.MaxLength && html.Length > CommentBody.MaxLength - blocks);
        return html.ToString();
    }

    private static List<FluentValidation.Results.ValidationFailure> Failures(string who, string html) => who == "agent"
        ? new AddAgentCommentValidator().Validate(new AddAgentComment("CS0000001", html, IsWorkNote: false, Version: 0)).Errors
        : new AddCustomerCommentValidator().Validate(new AddCustomerComment("CS0000001", html, Version: 0)).Errors;

    private static string Messages(string who, string html) => string.Join(" ", Failures(who, html).Select(f => f.ErrorMessage));

    private static string Outcome(ValidationException refused) =>
        string.Join(";", refused.Errors.Select(e => $"{e.PropertyName}:{e.ErrorCode}:{e.ErrorMessage}"));
}
