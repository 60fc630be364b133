namespace Portal.Domain.Cases;

/// <summary>API-1: a detection's severity, CrowdStrike's scale (1 informational … 5 critical).</summary>
public enum AlertSeverity
{
    Informational = 1,
    Low = 2,
    Medium = 3,
    High = 4,
    Critical = 5,
}
