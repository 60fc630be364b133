using Portal.Domain.Common;
using Portal.Domain.Companies;

namespace Portal.Domain.Tests.Builders;

/// <summary>Shared test data: one company with one account, and the time everything happens.</summary>
internal static class A
{
    public static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));

    public static readonly Company Company = Company.Create("株式会社サンプル");

    public static readonly Guid ServiceId = Guid.CreateVersion7();

    public static CustomerAccount Account(string number = "N202400003") =>
        CustomerAccount.Create(Company.Id, number, ServiceId);

    public static StoredFile File(string name = "report.pdf") =>
        new(name, "application/pdf", 1024, new string('a', StoredFile.Sha256Length), "cases/" + name);

    public static DomainRuleException Refusal(Action action) => Assert.Throws<DomainRuleException>(action);
}
