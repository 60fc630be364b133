using System.Text.RegularExpressions;
using Portal.Domain.Common;

namespace Portal.Domain.Companies;

/// <summary>
/// Service settings of a customer account (SVC-1): read-only for customers, changed by the provider
/// from an application form. The CID maps ingested alerts to the account (API-1).
/// </summary>
public sealed partial class Contract : AggregateRoot, IAuditable
{
    /// <summary>Provider data: its trail is for provider admins only.</summary>
    Guid? IAuditable.AuditCompanyId => null;

    public const int LicenceTypeMax = 100;
    public const int CrowdStrikeCustomerNameMax = 200;
    public const int CrowdStrikeCidLength = 32;
    public const int SettingMax = 100;
    public const int NotesMax = 2000;

    private Contract(Guid customerAccountId, DateOnly startDate, string licenceType, int contractedIds,
        string crowdStrikeCustomerName, string crowdStrikeCid)
    {
        CustomerAccountId = customerAccountId;
        StartDate = startDate;
        LicenceType = licenceType;
        ContractedIds = contractedIds;
        CrowdStrikeCustomerName = crowdStrikeCustomerName;
        CrowdStrikeCid = crowdStrikeCid;
    }

    public Guid CustomerAccountId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public string LicenceType { get; private set; }

    public int ContractedIds { get; private set; }

    public string CrowdStrikeCustomerName { get; private set; }

    /// <summary>32 upper-case hex digits.</summary>
    public string CrowdStrikeCid { get; private set; }

    public string? Platform { get; private set; }

    public string? EnrollmentMode { get; private set; }

    public string? Notes { get; private set; }

    public static Contract Create(Guid customerAccountId, DateOnly startDate, string licenceType, int contractedIds,
        string crowdStrikeCustomerName, string crowdStrikeCid)
    {
        var contract = new Contract(customerAccountId, startDate, "", 0, "", "");
        contract.ChangeUsage(startDate, licenceType, contractedIds);
        contract.ChangeCrowdStrike(crowdStrikeCustomerName, crowdStrikeCid);
        return contract;
    }

    public static string NormalizeCid(string cid) =>
        Cid().IsMatch(cid) ? cid.ToUpperInvariant() : throw Rule.Broken("Contract.InvalidCid", ("cid", cid));

    public void ChangeUsage(DateOnly startDate, string licenceType, int contractedIds)
    {
        if (contractedIds <= 0)
        {
            throw Rule.Broken("Contract.InvalidContractedIds", ("contractedIds", contractedIds));
        }

        StartDate = startDate;
        LicenceType = Text.Required(licenceType, LicenceTypeMax, nameof(LicenceType));
        ContractedIds = contractedIds;
    }

    public void ChangeCrowdStrike(string customerName, string cid)
    {
        CrowdStrikeCustomerName = Text.Required(customerName, CrowdStrikeCustomerNameMax, nameof(CrowdStrikeCustomerName));
        CrowdStrikeCid = NormalizeCid(cid);
    }

    public void ChangeFalconMobileSettings(string? platform, string? enrollmentMode, string? notes)
    {
        Platform = Text.Optional(platform, SettingMax, nameof(Platform));
        EnrollmentMode = Text.Optional(enrollmentMode, SettingMax, nameof(EnrollmentMode));
        Notes = Text.Optional(notes, NotesMax, nameof(Notes));
    }

    [GeneratedRegex("^[0-9A-Fa-f]{32}$")]
    private static partial Regex Cid();
}
