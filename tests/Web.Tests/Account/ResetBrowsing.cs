using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Mail;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Account;

/// <summary>The AUTH-4 pages as a browser goes through them, and the reset mails the portal leaves in its outbox.</summary>
internal static partial class ResetBrowsing
{
    /// <summary>Step ① (user ID, 次へ) and step ② (e-mail, 次へ); returns the answer to the second.</summary>
    public static async Task<HttpResponseMessage> RequestResetAsync(this HttpClient client, string userId, string email)
    {
        using var identified = await client.SubmitAsync("/Account/Forgot", new Dictionary<string, string> { ["UserId"] = userId }, "/Account/Forgot?handler=Identify");
        Assert.Equal(System.Net.HttpStatusCode.OK, identified.StatusCode);
        return await client.SubmitAsync("/Account/Forgot", new Dictionary<string, string> { ["UserId"] = userId, ["Email"] = email },
            "/Account/Forgot?handler=Verify");
    }

    /// <summary>The mails waiting in the outbox (tests run no job server, so nothing is delivered).</summary>
    public static async Task<List<MailEnvelope>> WaitingMailsAsync(PortalHostFactory web)
    {
        await using var scope = web.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type == OutboxProcessor.MailType && m.ProcessedAt == null).OrderBy(m => m.OccurredAt)
            .Select(m => m.Payload).ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Select(r => JsonSerializer.Deserialize<MailEnvelope>(r)!)];
    }

    /// <summary>The path and query of the reset link in a mail: /Account/Reset?user=…&amp;token=….</summary>
    public static string LinkIn(MailEnvelope mail)
    {
        var match = Link().Match(mail.TextBody);
        Assert.True(match.Success, $"no reset link in: {mail.TextBody}");
        return match.Value;
    }

    public static Task<HttpResponseMessage> ResetAsync(this HttpClient client, string link, string password, string? confirm = null)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://portal"), link).Query);
        return client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["user"] = query["user"]!,
            ["Token"] = query["token"]!,
            ["NewPassword"] = password,
            ["ConfirmPassword"] = confirm ?? password,
        }, "/Account/Reset");
    }

    [GeneratedRegex(@"/Account/Reset\?user=[0-9a-f-]{36}&token=[^\s]+")]
    private static partial Regex Link();
}
