namespace Portal.Application.Common.Importing;

/// <summary>
/// A table read from an uploaded CSV file: the first record is the header. Excel on a Japanese Windows saves
/// CSV as Shift_JIS, other tools as UTF-8 (with or without a BOM): the reader tells them apart.
/// </summary>
public interface ITableImport
{
    /// <summary>The records of <paramref name="content"/>, trailing empty ones left out; null when it is not readable CSV.</summary>
    IReadOnlyList<IReadOnlyList<string>>? Read(ReadOnlyMemory<byte> content);
}
