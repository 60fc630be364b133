using Mediator;
using Portal.Application.Account.Commands.SendMfaCode;
using Portal.Application.Account.Commands.VerifyMfa;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
namespace Portal.Application.Account.Queries.GetMfaChallenge;

/// <summary>AUTH-5 (c): the methods the signing-in user may choose, where the e-mail code goes, and when it may be resent.</summary>
public sealed record GetMfaChallenge : IQuery<MfaChallengeView?>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

/// <param name="MaskedEmail">The address the code goes to, shown masked (u***@example.com).</param>
/// <param name="ResendInSeconds">Seconds until another e-mail code may be requested (0: now).</param>
public sealed record MfaChallengeView(IReadOnlyList<MfaMethod> Methods, string MaskedEmail, int ResendInSeconds);

public sealed class GetMfaChallengeHandler(ISignInService signIn, TimeProvider clock) : IQueryHandler<GetMfaChallenge, MfaChallengeView?>
{
    public async ValueTask<MfaChallengeView?> Handle(GetMfaChallenge query, CancellationToken cancellationToken) =>
        await signIn.PendingMfaAsync(cancellationToken) is { } challenge
            ? new MfaChallengeView(challenge.Methods, Mask(challenge.Email), MfaRules.ResendInSeconds(challenge, clock.GetUtcNow()))
            : null;

    private static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? "***" + email[Math.Max(at, 0)..] : email[0] + new string('*', Math.Min(at - 1, 6)) + email[at..];
    }
}
