using System.Globalization;
using System.Resources;
using FluentValidation;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Field names in validation messages in the user's language (Resources/FieldNames.resx): "Message.Member"
/// first, where one name means different fields (a passkey's or a filter's Name), then "Member".
/// <see cref="ValidationText"/> words the message around them.
/// </summary>
internal static class FieldNames
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.FieldNames", typeof(FieldNames).Assembly);

    public static void UseForValidation()
    {
        ValidatorOptions.Global.DisplayNameResolver = (type, member, _) => member is null ? null : Of(type, member.Name);
        ValidationText.UseForValidation();
    }

    /// <summary>The display name of <paramref name="member"/> of <paramref name="type"/>; the member's name when there is none (a test keeps every field named).</summary>
    public static string Of(Type? type, string member) => Find(type, member) ?? member;

    /// <summary>The display name, or null when the resources have none.</summary>
    public static string? Find(Type? type, string member) =>
        (type is null ? null : Resources.GetString($"{type.Name}.{member}", CultureInfo.CurrentUICulture))
        ?? Resources.GetString(member, CultureInfo.CurrentUICulture);
}
