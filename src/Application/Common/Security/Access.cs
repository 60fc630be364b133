using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;

namespace Portal.Application.Common.Security;

/// <summary>The one deny-by-default rule, shared by the request and the stream pipelines.</summary>
internal static class Access
{
    /// <summary>Throws unless <paramref name="message"/> declares <see cref="IAllowed"/> and the user's role is among its roles.</summary>
    public static void Demand<TMessage>(TMessage message, ICurrentUser user)
    {
        if (message is not IAllowed allowed)
            throw new ForbiddenAccessException($"{typeof(TMessage).Name} declares no allowed roles.");
        if ((allowed.Allowed & Roles.Anonymous) != 0)
            return;
        if (!user.IsAuthenticated)
            throw new UnauthenticatedException();
        if ((allowed.Allowed & user.Role) == 0)
            throw new ForbiddenAccessException();
    }
}
