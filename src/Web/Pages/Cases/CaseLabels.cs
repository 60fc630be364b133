using Microsoft.Extensions.Localization;
using Portal.Application.Common.Text;
using Portal.Domain.Cases;
using Portal.Domain.Common;
using Portal.Web.Resources;

namespace Portal.Web.Pages.Cases;

/// <summary>How the case pages name statuses, categories and services in the page's language (CASE-3, CASE-9).</summary>
public static class CaseLabels
{
    public static string Status(this IStringLocalizer<SharedResource> text, CaseStatus status) => text[$"Status.{status}"];

    public static string Category(this IStringLocalizer<SharedResource> text, CaseCategory category) => text[$"Category.{category}"];

    public static string ServiceName(string nameJa, string nameEn) => CurrentLanguage.Of(new BilingualText(nameJa, nameEn));

    /// <summary>The badge colour of a status: what waits for the customer stands out.</summary>
    public static string BadgeClass(CaseStatus status) => status switch
    {
        CaseStatus.New => "text-bg-primary",
        CaseStatus.InProgress => "text-bg-info",
        CaseStatus.AwaitingCustomer => "text-bg-warning",
        CaseStatus.Resolved => "text-bg-success",
        _ => "text-bg-secondary",
    };

    /// <summary>API-1: a detection's severity in the page's language (情報 … 重大).</summary>
    public static string Severity(this IStringLocalizer<SharedResource> text, AlertSeverity severity) => text[$"Alert.Severity.{severity}"];

    /// <summary>API-1: the severity badge's colour, darker as it gets worse; each pairs its text colour for contrast.</summary>
    public static string SeverityBadgeClass(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => "text-bg-dark",
        AlertSeverity.High => "text-bg-danger",
        AlertSeverity.Medium => "text-bg-warning",
        AlertSeverity.Low => "text-bg-info",
        _ => "text-bg-secondary",
    };
}
