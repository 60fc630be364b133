using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Application.Common.Files;
using Portal.Domain.Common;
using Portal.Web.Hosting.Forms;

namespace Portal.Web.Hosting.Uploads;

/// <summary>
/// CASE-8: a form posted as multipart/form-data, read section by section: text fields are kept, each file
/// is streamed straight into storage through <see cref="FileUploads"/> (never buffered). The antiforgery
/// token is checked before the first file byte is stored: from the "RequestVerificationToken" header, or
/// from the form field, which the portal's upload forms send first. A url-encoded post (no files) is read
/// the ordinary way.
/// </summary>
internal sealed class StreamedForm
{
    /// <summary>Room for the text fields, part headers and boundaries around the largest file.</summary>
    public const long FormOverhead = 1024 * 1024;

    /// <summary>A text field longer than this ends the read with <see cref="FormBodyCheck.TooLargeKey"/>.</summary>
    private const int FieldMax = 256 * 1024;

    private const int FieldCountMax = 100;

    private readonly List<string> _fileFields = [];

    private StreamedForm()
    {
    }

    /// <summary>The text fields by name (the first value of a repeated name).</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The files stored, in form order; empty when <see cref="Refusal"/> is set (they are deleted again).</summary>
    public List<StoredFile> Files { get; } = [];

    /// <summary>Each stored file with the name of the form field it came in (a form with several file inputs, WR-1).</summary>
    public IEnumerable<(string Field, StoredFile File)> NamedFiles => _fileFields.Zip(Files);

    /// <summary>Why the form was refused ("File.TooLarge", "File.BlockedExtension", "Form.TooLarge"), with the file name and limit.</summary>
    public DomainRuleException? Refusal { get; private set; }

    public string? this[string name] => Fields.GetValueOrDefault(name);

    public static long RequestLimit(long maxFileBytes) => maxFileBytes + FormOverhead;

    /// <summary>
    /// The answer when <see cref="ReadAsync"/> returned null: the localized 400 page, which says to reload the
    /// page and send again. The error page never reads the body, which is read halfway here (NFR-4).
    /// </summary>
    public static BadRequestResult BadRequest() => new();

    /// <summary>
    /// Reads the request's form. Null when the request is not a well-formed form with a valid antiforgery
    /// token: the caller answers 400 and nothing has been stored.
    /// </summary>
    public static async Task<StreamedForm?> ReadAsync(HttpContext http, FileUploads uploads, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var form = new StreamedForm();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            if (!request.HasFormContentType)
                return null;
            IFormCollection fields;
            try
            {
                fields = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception ex) when (FormBodyCheck.RefusalOf(ex, http) is var (_, key))
            {
                form.Refusal = Rule.Broken(key); // NFR-4: said on the form; nothing was stored
                return form;
            }

            if (!await antiforgery.IsRequestValidAsync(http))
                return null;
            foreach (var (name, value) in fields)
                form.Fields[name] = value.ToString();
            return form;
        }

        if (request.ContentLength > RequestLimit(uploads.MaxBytes))
        {
            // Refused before a byte is read: the body could not hold a file within the limit.
            form.Refusal = uploads.TooLarge(null);
            return form;
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
            return null;
        try
        {
            return await form.ReadSectionsAsync(http, antiforgery, uploads, boundary, cancellationToken) ? form : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: not StatusCodes.Status413PayloadTooLarge })
        {
            await uploads.DiscardAsync(form.Files);
            return null;
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            // Kestrel's limit for the whole body (several files together) was reached.
            await uploads.DiscardAsync(form.Files);
            form.Files.Clear();
            form.Refusal = uploads.TooLarge(null);
            return form;
        }
        catch
        {
            await uploads.DiscardAsync(form.Files); // e.g. the client went away: keep nothing of the request
            throw;
        }
    }

    private async Task<bool> ReadSectionsAsync(HttpContext http, IAntiforgery antiforgery, FileUploads uploads, string boundary,
        CancellationToken cancellationToken)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        var headerName = options.HeaderName ?? "RequestVerificationToken";
        var tokenChecked = http.Request.Headers.ContainsKey(headerName);
        if (tokenChecked && !await antiforgery.IsRequestValidAsync(http))
            return false;

        var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = RequestLimit(uploads.MaxBytes) };
        var fields = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (disposition.IsFileDisposition())
            {
                if (!tokenChecked)
                    return false; // no byte is stored for a request that may be forged

                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (string.IsNullOrEmpty(fileName))
                    continue; // a file input left empty; the reader skips the rest of the section
                try
                {
                    Files.Add(await uploads.StoreAsync(fileName, section.ContentType, section.Body, cancellationToken));
                    _fileFields.Add(name);
                }
                catch (DomainRuleException refusal)
                {
                    await uploads.DiscardAsync(Files);
                    Files.Clear();
                    Refusal = refusal;
                    return true; // the rest of the body is not read: the answer is already known
                }

                continue;
            }

            if (++fields > FieldCountMax)
                return false;
            if (await ReadFieldAsync(section.Body, cancellationToken) is not { } value)
            {
                // NFR-4: text too long for any field of the form; said as plainly as a file too large.
                await uploads.DiscardAsync(Files);
                Files.Clear();
                Refusal = Rule.Broken(FormBodyCheck.TooLargeKey);
                return true;
            }

            if (name == options.FormFieldName && !tokenChecked)
            {
                // The token store reads the header before it would read the form: hand it the field's value
                // there, so that validating does not make it buffer the multipart body.
                http.Request.Headers[headerName] = value;
                if (!await antiforgery.IsRequestValidAsync(http))
                    return false;
                tokenChecked = true;
            }
            else
            {
                Fields.TryAdd(name, value);
            }
        }

        return tokenChecked;
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var buffer = new char[4096];
        var text = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            if (text.Length + read > FieldMax)
                return null;
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
