using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.LoginHistory;

namespace Portal.Application.Account;

/// <summary>AUTH-8: writes one login-history row, in the current unit of work, tagged with the contact's company (HIST-1).</summary>
public sealed class LoginHistoryRecorder(IApplicationDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(LoginEventKind kind, string userId, Guid? contactId, string? ipAddress, string? userAgent,
        CancellationToken cancellationToken, string? detail = null)
    {
        var companyId = contactId is null
            ? null
            : await db.ContactsSigningIn().Where(c => c.Id == contactId).Select(c => c.CompanyId).FirstOrDefaultAsync(cancellationToken);
        db.LoginEvents.Add(LoginEvent.Record(kind, userId, contactId, companyId, clock.GetUtcNow(), ipAddress, userAgent, detail));
    }

    /// <summary>The user ID of a contact, for events where the user typed none (a passkey sign-in).</summary>
    public async Task<string> UserIdOfAsync(Guid contactId, CancellationToken cancellationToken) =>
        await db.ContactsSigningIn().Where(c => c.Id == contactId).Select(c => c.UserId).SingleAsync(cancellationToken);
}
