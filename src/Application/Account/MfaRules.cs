using Portal.Application.Account.Commands.SendMfaCode;
using Portal.Application.Account.Commands.VerifyMfa;
using Portal.Application.Account.Queries.GetMfaChallenge;
using Portal.Application.Common.Interfaces;
namespace Portal.Application.Account;

/// <summary>AUTH-5 (a): a new e-mail code may be asked for 30 seconds after the previous one.</summary>
public static class MfaRules
{
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(30);

    public static int ResendInSeconds(MfaChallenge challenge, DateTimeOffset now) =>
        challenge.LastEmailCodeAt is { } last && last + ResendAfter > now ? (int)Math.Ceiling((last + ResendAfter - now).TotalSeconds) : 0;
}
