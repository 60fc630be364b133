using Portal.Domain.Common;

namespace Portal.Domain.Contacts;

/// <summary>A customer number a contact may see (TEN-1).</summary>
public sealed class ContactAccount : Entity
{
    internal ContactAccount(Guid contactId, Guid customerAccountId)
    {
        ContactId = contactId;
        CustomerAccountId = customerAccountId;
    }

    public Guid ContactId { get; private set; }

    public Guid CustomerAccountId { get; private set; }
}
