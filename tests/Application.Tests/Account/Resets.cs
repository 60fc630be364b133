using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Account.Commands.ChangeLanguage;
using Portal.Application.Account.Commands.ChangePassword;
using Portal.Application.Account.Commands.RequestPasswordReset;
using Portal.Application.Account.Commands.ResetPassword;
using Portal.Application.Account.Commands.SignIn;
using Portal.Application.Account.Commands.SignOut;
using Portal.Application.Admin.Commands.UnlockContact;
using Portal.Application.Common.Mail;
using Portal.Application.Tests.Support;
using Portal.Domain.LoginHistory;
using Portal.Infrastructure.Jobs;

namespace Portal.Application.Tests.Account;

/// <summary>AUTH-4 as a visitor goes through it: reset requests, the mails they leave in the outbox, the links in them.</summary>
internal static partial class Resets
{
    public const string Ip = "192.0.2.44";

    public static Task Request(PortalApp app, string userId, string email) =>
        app.Anonymous().Send(new RequestPasswordReset(userId, email, Ip, "tests"));

    /// <summary>The mails waiting in the outbox, not yet delivered.</summary>
    public static async Task<List<MailEnvelope>> MailsAsync(PortalApp app) =>
        [.. (await Outbox.RowsAsync(app)).Where(r => r.Type == OutboxProcessor.MailType && r.ProcessedAt is null)
            .Select(r => JsonSerializer.Deserialize<MailEnvelope>(r.Payload)!)];

    /// <summary>The reset link of the only mail in the outbox.</summary>
    public static async Task<(Guid ContactId, string Token)> SingleLinkAsync(PortalApp app) => LinkIn(Assert.Single(await MailsAsync(app)).TextBody);

    public static (Guid ContactId, string Token) LinkIn(string text)
    {
        var match = Link().Match(text);
        Assert.True(match.Success, $"no reset link in: {text}");
        return (Guid.Parse(match.Groups["user"].Value), Uri.UnescapeDataString(match.Groups["token"].Value));
    }

    public static ResetPassword ResetWith((Guid ContactId, string Token) link, string password) =>
        new(link.ContactId, link.Token, password, password, Ip, "tests");

    /// <summary>The login-history rows of reset requests and completions, oldest first: (kind, detail).</summary>
    public static Task<List<(LoginEventKind Kind, string? Detail)>> HistoryAsync(PortalApp app, string userId) =>
        app.InScopeAsync(async sp => (await sp.Db().LoginEvents.AsNoTracking()
                .Where(e => e.UserId == userId && (e.Kind == LoginEventKind.PasswordResetRequested || e.Kind == LoginEventKind.PasswordResetCompleted))
                .ToListAsync())
            .OrderBy(e => e.OccurredAt)
            .Select(e => (e.Kind, e.Detail)).ToList());

    [GeneratedRegex(@"/Account/Reset\?user=(?<user>[0-9a-f-]{36})&token=(?<token>[^\s&]+)")]
    private static partial Regex Link();
}
