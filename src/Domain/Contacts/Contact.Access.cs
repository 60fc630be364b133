using System.Linq.Expressions;
using Portal.Domain.Common;
using Portal.Domain.Contacts.Events;

namespace Portal.Domain.Contacts;

/// <summary>What a contact may do and see: linked accounts, login, role (ADM-3, ADM-4, TEN-1).</summary>
public sealed partial class Contact
{
    /// <summary>
    /// Who may read a case (or any row) of a customer account: an active contact linked to it, or active
    /// provider staff (TEN-1). Mail recipients and the coming API use this one rule.
    /// </summary>
    public static Expression<Func<Contact, bool>> MayReadAccount(Guid customerAccountId) =>
        c => c.IsActive && (c.Role == ContactRole.Agent || c.Role == ContactRole.ProviderAdmin
            || c.Accounts.Any(a => a.CustomerAccountId == customerAccountId));

    /// <summary>Only accounts of the contact's own company (TEN-1).</summary>
    public void LinkAccount(Guid customerAccountId, Guid accountCompanyId, DateTimeOffset now)
    {
        if (CompanyId != accountCompanyId)
        {
            throw Rule.Broken("Contact.AccountOfOtherCompany", ("accountId", customerAccountId));
        }

        if (IsLinkedTo(customerAccountId))
        {
            throw Rule.Broken("Contact.AccountAlreadyLinked", ("accountId", customerAccountId));
        }

        _accounts.Add(new ContactAccount(Id, customerAccountId));
        UpdatedAt = now;
    }

    public void UnlinkAccount(Guid customerAccountId, DateTimeOffset now)
    {
        var link = _accounts.Find(a => a.CustomerAccountId == customerAccountId)
            ?? throw Rule.Broken("Contact.AccountNotLinked", ("accountId", customerAccountId));
        _accounts.Remove(link);
        UpdatedAt = now;
    }

    /// <param name="actorId">Who disables: an admin may not disable itself as the last active admin.</param>
    /// <param name="otherActiveAdmins">Active admins of the company (for staff: provider admins) other than this contact.</param>
    public void Disable(Guid actorId, int otherActiveAdmins, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw Rule.Broken("Contact.AlreadyDisabled", ("userId", UserId));
        }

        EnsureNotLastActiveAdmin(actorId, otherActiveAdmins);
        IsActive = false;
        UpdatedAt = now;
        Raise(new ContactDisabled(Id, now)); // AUTH-6: ends the user's sessions
    }

    public void Enable(DateTimeOffset now)
    {
        if (IsActive)
        {
            throw Rule.Broken("Contact.AlreadyEnabled", ("userId", UserId));
        }

        IsActive = true;
        UpdatedAt = now;
        Raise(new ContactEnabled(Id, now));
    }

    public void SetRole(ContactRole role, Guid actorId, int otherActiveAdmins, DateTimeOffset now)
    {
        if (role == Role)
        {
            throw Rule.Broken("Contact.RoleUnchanged", ("role", role.ToString()));
        }

        EnsureRoleFits(CompanyId, role);
        EnsureNotLastActiveAdmin(actorId, otherActiveAdmins);
        var from = Role;
        Role = role;
        UpdatedAt = now;
        Raise(new ContactRoleChanged(Id, from, role, now));
    }

    /// <summary>
    /// ADM-4: the company's last active admin cannot disable or demote itself; nor can the provider's last active
    /// provider admin (AGT-3), so someone is always left to manage the portal.
    /// </summary>
    private void EnsureNotLastActiveAdmin(Guid actorId, int otherActiveAdmins)
    {
        if (actorId == Id && Role is ContactRole.CustomerAdmin or ContactRole.ProviderAdmin && IsActive && otherActiveAdmins <= 0)
        {
            throw Rule.Broken("Contact.LastActiveAdmin", ("userId", UserId));
        }
    }
}
