using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Web.Hosting;
using Portal.Web.Resources;

namespace Portal.Web.Tests.Security;

/// <summary>NFR-4: one mapping of the application's refusals for pages and the API, localized, never a 500.</summary>
[Trait("Req", "NFR-4")]
public sealed class ApplicationErrorsTests
{
    public static TheoryData<string, int> Refusals() => new()
    {
        { "validation", 400 }, { "rule", 409 }, { "not found", 404 }, { "forbidden", 403 }, { "unauthenticated", 401 }, { "too large", 413 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_api_caller_gets_problem_details_with_the_status_a_page_would_get(string refusal, int status)
    {
        var exception = Of(refusal);
        await using var services = new ServiceCollection().AddLogging().AddLocalization().AddProblemDetails().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/alerts";
        context.Response.Body = new MemoryStream();

        var handled = await new ApiExceptionHandler(text, services.GetRequiredService<IProblemDetailsService>())
            .TryHandleAsync(context, exception, TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal(status, ApplicationErrors.StatusOf(exception));
        Assert.Equal(status, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.DoesNotContain("Exception", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_request_is_left_to_the_error_page()
    {
        await using var services = new ServiceCollection().AddLogging().AddLocalization().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/Cases";

        var handled = await new ApiExceptionHandler(services.GetRequiredService<IStringLocalizer<SharedResource>>(),
            services.GetRequiredService<IProblemDetailsService>()).TryHandleAsync(context, new NotFoundException(), TestContext.Current.CancellationToken);

        Assert.False(handled);
    }

    [Fact]
    public void Validation_messages_and_rule_texts_are_what_the_user_reads()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ja-JP");
        try
        {
            var validation = ApplicationErrors.MessagesOf(new ValidationException([new ValidationFailure("From", "開始日が正しくありません。")]), text);
            var rule = ApplicationErrors.MessagesOf(new DomainRuleException("Case.Closed"), text);

            Assert.Equal(["開始日が正しくありません。"], validation);
            Assert.NotEqual("Case.Closed", Assert.Single(rule));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Exception Of(string refusal) => refusal switch
    {
        "validation" => new ValidationException([new ValidationFailure("Filter", "invalid")]),
        "rule" => new DomainRuleException("Case.Closed"),
        "not found" => new NotFoundException(),
        "forbidden" => new ForbiddenAccessException(),
        "unauthenticated" => new UnauthenticatedException(),
        _ => new FileTooLargeException(10),
    };
}
