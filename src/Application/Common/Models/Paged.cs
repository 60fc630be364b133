using Portal.Application.Common.Search;

namespace Portal.Application.Common.Models;

/// <summary>
/// One page of a list with the total the user may see (TEN-2). A list that counts only up to
/// <see cref="SearchLimits.CountLimit"/> says so with <see cref="MoreThanTotal"/>: there are more rows than
/// <see cref="Total"/>, and pages end there.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int Size)
{
    public bool MoreThanTotal { get; init; }

    public int FirstIndex => Total == 0 ? 0 : ((Page - 1) * Size) + 1;

    public int LastIndex => Math.Min(Page * Size, Total);

    public int PageCount => Size <= 0 ? 0 : (Total + Size - 1) / Size;
}

public static class Paged
{
    /// <summary>A page whose rows were counted with a limit: <paramref name="counted"/> above it reads "limit or more".</summary>
    public static Paged<T> Counted<T>(IReadOnlyList<T> items, int counted, int page, int size) => counted > SearchLimits.CountLimit
        ? new Paged<T>(items, SearchLimits.CountLimit, page, size) { MoreThanTotal = true }
        : new Paged<T>(items, counted, page, size);
}
