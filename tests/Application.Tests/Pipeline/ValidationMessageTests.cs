using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Tests.Support;

namespace Portal.Application.Tests.Pipeline;

/// <summary>
/// UI-3: every validation message of every validator reads naturally in Japanese and English with the field's
/// display name: never a C# property name, never FluentValidation's own wording.
/// </summary>
[Trait("Req", "UI-3")]
public sealed class ValidationMessageTests
{
    private static readonly Assembly Application = typeof(DependencyInjection).Assembly;

    /// <summary>FluentValidation's own wording (its English and Japanese defaults put the name in quotes).</summary>
    private static readonly string[] DefaultWording =
        ["'", "must not be empty", "is not a valid", "has a range of values", "must be greater than", "must be between",
         "空であってはなりません", "有効な", "でなければなりません", "以上である必要", "文字以下", "満たしていません"];

    public static TheoryData<string> Cultures() => ["ja-JP", "en-US"];

    private static IEnumerable<Type> MessageTypesWithValidators() =>
        Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct();

    [Fact]
    public async Task Every_validated_field_has_a_display_name_in_both_languages()
    {
        var names = new ResourceManager("Portal.Application.Resources.FieldNames", Application);
        var english = names.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)!;
        var japanese = names.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        await using var app = await PortalApp.StartAsync();

        var missing = await app.InUserScopeAsync(sp => Task.FromResult(
            MessageTypesWithValidators()
                .SelectMany(type => Validators(sp, type).SelectMany(v => v.CreateDescriptor().GetMembersWithValidators().Select(g => g.Key))
                    .Where(member => !Has(japanese, type, member) || !Has(english, type, member))
                    .Select(member => $"{type.Name}.{member}"))
                .Distinct().ToList()));

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task No_message_of_an_empty_message_shows_a_CSharp_name_or_the_default_wording(string culture)
    {
        await using var app = await PortalApp.StartAsync();
        var messages = new List<(Type Type, string Message)>();
        await app.InUserScopeAsync(async sp =>
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                foreach (var type in MessageTypesWithValidators())
                {
                    var empty = RuntimeHelpers.GetUninitializedObject(type);
                    foreach (var validator in Validators(sp, type))
                    {
                        var result = await validator.ValidateAsync(new ValidationContext<object>(empty), TestContext.Current.CancellationToken);
                        messages.AddRange(result.Errors.Select(e => (type, e.ErrorMessage)));
                    }
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }

            return 0;
        });

        Assert.NotEmpty(messages);
        var wrong = messages.Where(m => DefaultWording.Any(d => m.Message.Contains(d, StringComparison.Ordinal))
            || m.Type.GetProperties().Any(p => p.Name.Length > 2 && m.Message.Contains(p.Name, StringComparison.Ordinal)))
            .Select(m => $"{m.Type.Name}: {m.Message}").ToList();
        Assert.Empty(wrong);
    }

    private static IEnumerable<IValidator> Validators(IServiceProvider services, Type type) =>
        services.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>();

    private static bool Has(ResourceSet set, Type type, string member) =>
        set.GetString($"{type.Name}.{member}") is not null || set.GetString(member) is not null;
}
