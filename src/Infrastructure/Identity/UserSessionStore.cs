using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Security;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// AUTH-6: the sign-in cookie's session store. The ticket stays in the shared database (<see cref="UserSession"/>)
/// and the cookie carries a random key, so a session ended on one node is ended on all of them, and a copied
/// cookie stops working the moment its row is gone. The request's own DbContext is used: a sign-in inside a
/// command's transaction writes in that transaction (on SQLite a second connection would wait for it).
/// </summary>
internal sealed class UserSessionStore(IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    /// <summary>"Last seen" is written at most this often per session, not on every request.</summary>
    public static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);

    private const string CurrentItem = "Portal.UserSessionId";
    private readonly IDataProtector _protector = protection.CreateProtector("Portal.UserSessions");

    /// <summary>The session this request authenticated with, or signed in to; null when none.</summary>
    public static Guid? CurrentId(HttpContext? httpContext) => httpContext?.Items[CurrentItem] as Guid?;

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            KeyHash = PortalSignInManager.Hash(key),
            UserId = UserIdOf(ticket),
            Ticket = Protect(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now,
            Browser = ClientInfo.Browser(httpContext.Request.Headers.UserAgent),
            IpAddress = ClientInfo.Address(httpContext.Connection.RemoteIpAddress?.ToString()),
        };
        var db = Db(httpContext);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        httpContext.Items[CurrentItem] = session.Id;
        return key;
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var db = Db(httpContext);
        var hash = PortalSignInManager.Hash(key);
        // A disabled login's cookie is refused at once, before its rows are deleted after the commit. The
        // contact is the one this cookie claims to be, read before there is a principal (authentication itself).
        var session = await db.UserSessions.AsNoTracking()
            .Where(s => s.KeyHash == hash && db.ContactsSigningIn().Any(c => c.Id == s.UserId && c.IsActive))
            .Select(s => new { s.Id, s.Ticket, s.LastSeenAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null || Unprotect(session.Ticket) is not { } ticket)
            return null;

        var now = clock.GetUtcNow();
        if (now - session.LastSeenAt >= SeenEvery)
        {
            var address = ClientInfo.Address(httpContext.Connection.RemoteIpAddress?.ToString());
            // Conditional on the value read: of two simultaneous requests only one writes.
            await db.UserSessions.Where(s => s.Id == session.Id && s.LastSeenAt == session.LastSeenAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now).SetProperty(x => x.IpAddress, address), cancellationToken);
        }

        httpContext.Items[CurrentItem] = session.Id;
        return ticket;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var db = Db(httpContext);
        var hash = PortalSignInManager.Hash(key);
        var session = await db.UserSessions.AsNoTracking().Where(s => s.KeyHash == hash)
            .Select(s => new { s.Id, s.UserId }).SingleOrDefaultAsync(cancellationToken);
        if (session is null)
            return; // ended while this request ran: a renewal must not bring it back
        if (session.UserId != UserIdOf(ticket))
        {
            // Another user signing in on a browser holding this cookie, which may be a copy planted by its owner
            // (session fixation): the session ends instead of passing to the new user, who signs in again.
            await db.UserSessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var bytes = Protect(ticket);
        var now = clock.GetUtcNow();
        var expires = ticket.Properties.ExpiresUtc ?? now;
        await db.UserSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires).SetProperty(x => x.LastSeenAt, now), cancellationToken);
    }

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var hash = PortalSignInManager.Hash(key);
        await Db(httpContext).UserSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    // The cookie handler always passes its request; without one there is no DbContext to use.
    public Task<string> StoreAsync(AuthenticationTicket ticket) => throw NoRequest();

    public Task RenewAsync(string key, AuthenticationTicket ticket) => throw NoRequest();

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => throw NoRequest();

    public Task RemoveAsync(string key) => throw NoRequest();

    private static NotSupportedException NoRequest() => new("The session store needs the request's HttpContext.");

    private static PortalDbContext Db(HttpContext httpContext) => httpContext.RequestServices.GetRequiredService<PortalDbContext>();

    private static Guid UserIdOf(AuthenticationTicket ticket) =>
        Guid.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The ticket names no user."));

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Unprotect(byte[] protectedTicket)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(protectedTicket));
        }
        catch (CryptographicException)
        {
            return null; // a key ring that no longer holds its key: the session is as good as ended
        }
    }
}
