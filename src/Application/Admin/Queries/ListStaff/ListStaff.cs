using Mediator;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common.Interfaces;
using Portal.Application.Common.Security;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin.Queries.ListStaff;

public sealed record StaffRow(Guid Id, string Name, string UserId, string Email, string? Title, ContactRole Role, bool IsActive);

/// <summary>AGT-3: the provider's staff (agents and provider admins), active ones first, by name.</summary>
public sealed record ListStaff : IQuery<IReadOnlyList<StaffRow>>, IAllowed
{
    public Roles Allowed => Roles.ProviderAdmin;
}

public sealed class ListStaffHandler(IApplicationDbContext db) : IQueryHandler<ListStaff, IReadOnlyList<StaffRow>>
{
    public async ValueTask<IReadOnlyList<StaffRow>> Handle(ListStaff query, CancellationToken cancellationToken)
    {
        var rows = await db.Contacts.AsNoTracking().Where(ContactRoles.IsStaff)
            .OrderByDescending(c => c.IsActive).ThenBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.UserId, c.Email, c.Title, c.Role, c.IsActive })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StaffRow(r.Id, Contact.FormatName(r.FirstName, r.LastName), r.UserId, r.Email, r.Title, r.Role, r.IsActive))];
    }
}
