using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Support;

/// <summary>Full-page screenshots for people to look at: PORTAL_SCREENSHOTS, or artifacts/screenshots in the repository.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepoRoot(), "artifacts", "screenshots");

    public static async Task TakeAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, fileName), FullPage = true });
    }

    /// <summary>
    /// The folder holding Portal.sln above the test binaries; when they are built elsewhere
    /// (--artifacts-path), above this source file.
    /// </summary>
    private static string RepoRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory} or {sourceFile}");
    }
}
