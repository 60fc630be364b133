using System.Globalization;
using System.Resources;
using FluentValidation;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// Field names in validation messages in the user's language (Resources/FieldNames.resx); FluentValidation
/// itself localizes the message around them from the current UI culture.
/// </summary>
internal static class FieldNames
{
    private static readonly ResourceManager Resources = new("Portal.Application.Resources.FieldNames", typeof(FieldNames).Assembly);

    public static void UseForValidation() =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : Resources.GetString(member.Name, CultureInfo.CurrentUICulture) ?? member.Name;
}
