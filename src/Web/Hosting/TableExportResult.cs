using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Portal.Application.Common.Exports;

namespace Portal.Web.Hosting;

/// <summary>
/// HIST-2: a download written straight to the response body as the rows arrive (never buffered whole here),
/// with a file name, and not to be cached (it holds personal data).
/// </summary>
internal sealed class TableExportResult(ITableExport writer, TableHeader header, IAsyncEnumerable<object?[]> rows, string baseName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = writer.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = baseName + writer.FileExtension }.ToString();
        response.Headers.CacheControl = "no-store";
        await writer.WriteAsync(response.Body, header, rows, context.HttpContext.RequestAborted);
    }
}
