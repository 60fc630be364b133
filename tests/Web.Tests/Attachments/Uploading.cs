using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Interfaces;
using Portal.Infrastructure.Identity;
using Portal.Web.Tests.Support;

namespace Portal.Web.Tests.Attachments;

/// <summary>What a browser sends for the portal's file forms: multipart, the antiforgery token first, then fields and files.</summary>
internal static partial class Uploading
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens <paramref name="page"/> for its token and posts a multipart form to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, string page, string action,
        IEnumerable<(string Field, string FileName, HttpContent Content)> files, IDictionary<string, string>? fields = null)
    {
        var html = await client.GetPageAsync(page);
        var form = new MultipartFormDataContent
        {
            { new StringContent(Browsing.AntiforgeryToken(html)), "__RequestVerificationToken" },
        };
        if (Browsing.Version(html) is { } version && fields?.ContainsKey(Browsing.VersionField) != true)
            form.Add(new StringContent(version), Browsing.VersionField);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
            form.Add(new StringContent(value), name);
        foreach (var (field, fileName, content) in files)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, field, fileName);
        }

        using (form)
            return await client.PostAsync(action, form, Ct);
    }

    public static Task<HttpResponseMessage> AttachAsync(this HttpClient client, string number, string fileName, byte[] bytes) =>
        client.PostFilesAsync($"/Cases/{number}", $"/Cases/{number}/Attachments", [("files", fileName, new ByteArrayContent(bytes))]);

    /// <summary>The download links of the attachments tab, newest first.</summary>
    public static List<(string Url, string FileName)> Links(string html) =>
        [.. Link().Matches(html).Select(m => (m.Groups["url"].Value, WebUtility.HtmlDecode(m.Groups["name"].Value)))];

    /// <summary>The files in the portal's storage folder, temporary ones included, but not the demo's knowledge documents.</summary>
    public static string[] Stored(PortalWebFactory web)
    {
        var root = Path.Combine(web.DataPath, "files");
        using var scope = web.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var documents = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().KnowledgeArticles.IgnoreQueryFilters()
            .SelectMany(a => a.Attachments).Select(f => f.StorageKey).ToHashSet(StringComparer.Ordinal);
        return [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !documents.Contains(Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/')))];
    }

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(8).NextBytes(bytes);
        return bytes;
    }

    [GeneratedRegex("<a class=\"attachment-link\" href=\"(?<url>/Cases/CS\\d{7}/Attachments/[0-9a-f-]{36})\" download><i[^>]*></i>(?<name>[^<]*)</a>")]
    private static partial Regex Link();
}
