namespace Portal.Application.Common.Models;

/// <summary>One page of a list with the exact total the user may see (TEN-2).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int Size)
{
    public int FirstIndex => Total == 0 ? 0 : ((Page - 1) * Size) + 1;

    public int LastIndex => Math.Min(Page * Size, Total);

    public int PageCount => Size <= 0 ? 0 : (Total + Size - 1) / Size;
}
