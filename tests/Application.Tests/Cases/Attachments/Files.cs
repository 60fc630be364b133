using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Files;
using Portal.Application.Tests.Support;
using Portal.Domain.Common;
using Portal.Infrastructure;

namespace Portal.Application.Tests.Cases.Attachments;

/// <summary>Uploading the way the pages do (storage first, outside any command) and looking into the storage folder.</summary>
internal static class Files
{
    public static Task<StoredFile> StoreAsync(PortalApp app, string fileName, byte[] bytes) =>
        app.InUserScopeAsync(async sp =>
        {
            using var content = new MemoryStream(bytes, writable: false);
            return await sp.GetRequiredService<FileUploads>().StoreAsync(fileName, "application/octet-stream", content, CancellationToken.None);
        });

    /// <summary>Sends <paramref name="command"/> like a page: the stored files are deleted again when it is refused.</summary>
    public static Task<T> SendAsync<T>(PortalApp app, ICommand<T> command, params StoredFile[] files) =>
        app.InUserScopeAsync(sp => sp.GetRequiredService<FileUploads>().SendAsync(command, files, CancellationToken.None));

    /// <summary>Every file in the storage folder, the temporary ones included, but not the demo's knowledge documents.</summary>
    public static string[] InStorage(PortalApp app)
    {
        var root = app.Services.GetRequiredService<PortalPaths>().Resolve("files");
        var documents = app.InScopeAsync(sp => sp.Db().KnowledgeArticles.IgnoreQueryFilters().SelectMany(a => a.Attachments)
            .Select(f => f.StorageKey).ToListAsync()).GetAwaiter().GetResult().ToHashSet(StringComparer.Ordinal);
        return [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !documents.Contains(Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/')))];
    }

    public static byte[] Random(int length, int seed = 8)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static Task<string> NumberOfAsync(PortalApp app, string subject) =>
        app.InScopeAsync(sp => sp.Db().Cases.Where(c => c.Subject == subject).Select(c => c.Number).SingleAsync());
}
