namespace Portal.Domain.Cases;

/// <summary>API-1: the customer's one-click answer on an alert case.</summary>
public enum AlertResponse
{
    /// <summary>想定内: the customer knows what set it off.</summary>
    Expected,

    /// <summary>想定外・調査を依頼: the customer asks the provider to investigate.</summary>
    Unexpected,
}
