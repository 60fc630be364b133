using Portal.Domain.Contacts;

namespace Portal.Domain.Tests.Builders;

internal static class AContact
{
    public static Contact Of(ContactRole role = ContactRole.Customer, Guid? companyId = null, string userId = "taro@example.com.fm") =>
        Contact.Create(role is ContactRole.Agent or ContactRole.ProviderAdmin ? null : companyId ?? A.Company.Id,
            userId, "taro@example.com", new ContactProfile("太郎", "山田"), role, false, A.Now);
}
