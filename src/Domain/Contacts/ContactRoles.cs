namespace Portal.Domain.Contacts;

public static class ContactRoles
{
    public static bool IsProvider(this ContactRole role) => role is ContactRole.Agent or ContactRole.ProviderAdmin;
}
