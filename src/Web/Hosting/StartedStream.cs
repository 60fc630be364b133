namespace Portal.Web.Hosting;

/// <summary>
/// A stream query asked for its first row in the page handler, before the response starts: the stream
/// pipeline's refusals (validation, authorization, not found) then still become a 4xx page.
/// </summary>
internal static class StartedStream
{
    public static async Task<IAsyncEnumerable<T>> StartAsync<T>(IAsyncEnumerable<T> stream, CancellationToken cancellationToken)
    {
        var rows = stream.GetAsyncEnumerator(cancellationToken);
        bool any;
        try
        {
            any = await rows.MoveNextAsync();
        }
        catch
        {
            await rows.DisposeAsync();
            throw;
        }

        return Continue(rows, any);
    }

    private static async IAsyncEnumerable<T> Continue<T>(IAsyncEnumerator<T> rows, bool any)
    {
        await using (rows)
        {
            for (var more = any; more; more = await rows.MoveNextAsync())
                yield return rows.Current;
        }
    }
}
