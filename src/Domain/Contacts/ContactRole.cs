namespace Portal.Domain.Contacts;

/// <summary>§2 roles. Customer roles belong to a company; provider roles to none.</summary>
public enum ContactRole
{
    Customer,
    CustomerAdmin,
    Agent,
    ProviderAdmin,
}
