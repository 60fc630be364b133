namespace Portal.Infrastructure;

/// <summary>The app's data folder ("Portal:DataPath", default App_Data under the content root): SQLite files, mail pickup, files.</summary>
public sealed class PortalPaths(string dataPath)
{
    public string DataPath { get; } = Path.GetFullPath(dataPath);

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(DataPath, path);
}
