namespace Portal.Application.Common.Security;

/// <summary>A request declares who may send it; the authorization behaviour enforces it.</summary>
public interface IAllowed
{
    Roles Allowed { get; }
}
