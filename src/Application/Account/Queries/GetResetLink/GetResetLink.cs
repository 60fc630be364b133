using Mediator;
using Portal.Application.Account.Passwords;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;

namespace Portal.Application.Account.Queries.GetResetLink;

/// <summary>
/// AUTH-4: opens the reset page of a mailed link. Null when the link is expired, used or not genuine;
/// otherwise whose password is being set (shown, and checked by the browser's checklist, AUTH-3).
/// </summary>
public sealed record GetResetLink(Guid ContactId, string Token) : IQuery<PasswordOwner?>, IAllowed
{
    public Roles Allowed => Roles.Anonymous;
}

public sealed class GetResetLinkHandler(IPasswordService passwords, IApplicationDbContext db) : IQueryHandler<GetResetLink, PasswordOwner?>
{
    public async ValueTask<PasswordOwner?> Handle(GetResetLink query, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(query.Token) || !await passwords.IsResetLinkValidAsync(query.ContactId, query.Token)
            ? null
            : await db.PasswordOwnerAsync(query.ContactId, cancellationToken);
}
