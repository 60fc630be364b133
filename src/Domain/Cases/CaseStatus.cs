namespace Portal.Domain.Cases;

/// <summary>CASE-3 (guide 4.8.3). Closed is final.</summary>
public enum CaseStatus
{
    /// <summary>新規</summary>
    New,

    /// <summary>NTT作業中</summary>
    InProgress,

    /// <summary>お客様確認待ち</summary>
    AwaitingCustomer,

    /// <summary>解決済み（クローズ待ち）</summary>
    Resolved,

    /// <summary>クローズ</summary>
    Closed,
}
