namespace Portal.Web.Api;

/// <summary>API-1: a request body read into memory up to a limit, and no further: a larger one is refused unread.</summary>
internal static class ApiBody
{
    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/> (said by Content-Length or found while reading).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[Math.Min(maxBytes + 1, 16 * 1024)];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
