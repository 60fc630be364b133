using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Portal.Application.Cases.Queries.GetCaseAttachment;
using Portal.Application.Common.Files;

namespace Portal.Web.Hosting.Uploads;

/// <summary>CASE-8, WR-1: how an uploaded file is handed back: always a download of opaque bytes, never rendered in the portal's origin.</summary>
internal static class AttachmentFile
{
    public static async Task<FileStreamResult> DownloadAsync(AttachmentDownload file, HttpResponse response, CancellationToken cancellationToken)
    {
        var content = await file.OpenAsync(cancellationToken);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-cache";
        // FileDownloadName adds filename* (RFC 5987), so Japanese names arrive intact.
        return new FileStreamResult(content, FileUploads.OctetStream)
        {
            FileDownloadName = file.FileName,
            LastModified = file.UploadedAt,
            EntityTag = new EntityTagHeaderValue($"\"{file.Sha256}\""),
            EnableRangeProcessing = true,
        };
    }
}
