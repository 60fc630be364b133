namespace Portal.Domain.Cases;

/// <summary>
/// Case categories (CASE-9): the four a customer picks (guide 4.8.5) first, then the reference values
/// of the guide's filter menu (4.8.7). Stored by name: append, never rename.
/// </summary>
public enum CaseCategory
{
    /// <summary>サービスについて</summary>
    Service,

    /// <summary>製品仕様について</summary>
    ProductSpec,

    /// <summary>故障について</summary>
    Fault,

    /// <summary>その他</summary>
    Other,

    /// <summary>アラート: created by alert ingestion (API-1).</summary>
    Alert,

    /// <summary>作業依頼: created when a work request is accepted (WR-2).</summary>
    WorkRequest,

    /// <summary>月次レポートについて</summary>
    MonthlyReportInquiry,

    /// <summary>月次レポート送付</summary>
    MonthlyReport,

    /// <summary>セキュリティアラート</summary>
    SecurityAlert,

    /// <summary>監視アラート</summary>
    MonitoringAlert,

    /// <summary>アラーム</summary>
    Alarm,

    /// <summary>アラートについて</summary>
    AlertInquiry,

    /// <summary>インシデント</summary>
    Incident,

    /// <summary>インシデントレポート</summary>
    IncidentReport,

    /// <summary>インシデントレスポンス</summary>
    IncidentResponse,

    /// <summary>正常性確認依頼(利用開始時)</summary>
    HealthCheckRequest,

    /// <summary>ご利用クレジット数超過</summary>
    CreditOverage,
}
