using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Exceptions;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Common;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Queries.GetStaffMember;

public sealed record StaffMember(Guid Id, long Version, string DisplayName, string UserId, string Email, string? Title, Language Language,
    ContactRole Role, bool IsActive, bool IsLocked, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>AGT-3: one member of the provider's staff, with what its actions menu offers (role, login, unlock).</summary>
public sealed record GetStaffMember(Guid ContactId) : IQuery<StaffMember>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class GetStaffMemberHandler(IApplicationDbContext db, IAccountSecurity security) : IQueryHandler<GetStaffMember, StaffMember>
{
    public async ValueTask<StaffMember> Handle(GetStaffMember query, CancellationToken cancellationToken)
    {
        var c = await db.Contacts.AsNoTracking().Where(ContactRoles.IsStaff).SingleOrDefaultAsync(x => x.Id == query.ContactId, cancellationToken)
            ?? throw new NotFoundException();
        return new StaffMember(c.Id, c.Version, c.DisplayName, c.UserId, c.Email, c.Title, c.Language, c.Role, c.IsActive,
            await security.IsLockedAsync(c.Id, cancellationToken), c.CreatedAt, c.UpdatedAt);
    }
}
