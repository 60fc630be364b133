using Portal.Domain.Cases;
using Portal.Domain.Companies;

namespace Portal.Domain.Tests.Builders;

/// <summary>Cases brought into a status the way people do it, through legal transitions.</summary>
internal static class ACase
{
    public static readonly Guid Contact = Guid.CreateVersion7();
    public static readonly Guid Agent = Guid.CreateVersion7();
    public static readonly CustomerAccount Account = A.Account();
    private static int _next;

    public static DateTimeOffset Now => A.Now;

    public static string NextNumber() => $"CS{Interlocked.Increment(ref _next):0000000}";

    public static Case Inquiry(CaseCategory category = CaseCategory.Service) =>
        Case.OpenInquiry(NextNumber(), Account, Contact, category, "件名", "内容", null, Now);

    public static Case In(CaseStatus status, CaseCategory category = CaseCategory.Service)
    {
        var inquiry = Inquiry(category);
        switch (status)
        {
            case CaseStatus.New:
                break;
            case CaseStatus.InProgress:
                inquiry.StartWork(Agent, Now);
                break;
            case CaseStatus.AwaitingCustomer:
                inquiry.RequestCustomerInput(Agent, Now);
                break;
            case CaseStatus.Resolved:
                inquiry.Resolve("設定を変更しました。", Agent, Now);
                break;
            case CaseStatus.Closed:
                inquiry.CloseByCustomer(Contact, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }

        inquiry.ClearDomainEvents();
        return inquiry;
    }
}
