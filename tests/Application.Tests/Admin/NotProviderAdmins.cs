using Portal.Application.Tests.Support;

namespace Portal.Application.Tests.Admin;

/// <summary>Theory data: the signed-in users the provider console refuses (AGT-3): a customer admin, a customer and an agent.</summary>
public sealed class NotProviderAdmins : TheoryData<string>
{
    public NotProviderAdmins() => AddRange(Demo.AdminA, Demo.CustomerA, Demo.Agent);
}
