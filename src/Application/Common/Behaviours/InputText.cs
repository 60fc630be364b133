using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace Portal.Application.Common.Behaviours;

/// <summary>
/// NFR-4: no message carries text with control characters other than tab, CR and LF (NUL above all, which
/// PostgreSQL refuses in text, also as a query parameter). Checked for every command and query in the
/// validation step, over every string the message holds, so that each use case to come is covered without
/// a rule of its own: the caller gets a field error and nothing reaches the database. The aggregates' own
/// <see cref="Domain.Common.Text"/> helpers strip the same characters as the last line.
/// </summary>
internal static class InputText
{
    public const string ErrorCode = "Text.ControlCharacter";

    private const int DepthMax = 3;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IEnumerable<ValidationFailure> Check(object message)
    {
        List<ValidationFailure> failures = [];
        Walk(message, string.Empty, null, null, 0, failures);
        return failures;
    }

    private static void Walk(object? value, string path, Type? owner, string? member, int depth, List<ValidationFailure> failures)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Any(Domain.Common.Text.IsForbidden))
                    failures.Add(new ValidationFailure(path, Message(owner, member)) { ErrorCode = ErrorCode });
                return;
            case IEnumerable items when depth < DepthMax:
                var index = 0;
                foreach (var item in items)
                    Walk(item, $"{path}[{index++}]", owner, member, depth + 1, failures);
                return;
        }

        var type = value.GetType();
        if (depth >= DepthMax || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("Portal.", StringComparison.Ordinal) != true)
            return;
        foreach (var property in Properties.GetOrAdd(type, Readable))
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", type, property.Name, depth + 1, failures);
    }

    /// <summary>With the field's display name; a member shown under no name (a route value, the client's address) gets the general message.</summary>
    private static string Message(Type? owner, string? member) =>
        member is not null && FieldNames.Find(owner, member) is { } name ? ValidationText.Get(ErrorCode, name) : ValidationText.Get(ErrorCode + ".Any");

    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)];
}
