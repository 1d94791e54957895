namespace NewsLens.Testing;

/// <summary>Finds the repository root and the shared datasets beside it.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding NewsLens.sln).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shared datasets folder, <c>../shared/data</c> beside the clone, or null when absent.</summary>
    public static string? SharedData
    {
        get
        {
            string? env = Environment.GetEnvironmentVariable("NEWSLENS_DATA");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
                return env;
            string path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A path under the shared data folder, or null when the data folder or the file is absent.</summary>
    public static string? DataFile(string relative)
    {
        string? root = SharedData;
        if (root is null)
            return null;
        string path = Path.Combine(root, relative);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsLens.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find NewsLens.sln above " + AppContext.BaseDirectory);
    }
}
