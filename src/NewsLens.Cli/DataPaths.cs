namespace NewsLens.Cli;

/// <summary>Finds the shared datasets and the shipped models.</summary>
internal static class DataPaths
{
    /// <summary>
    /// The datasets folder: <c>--data</c>, else <c>$NEWSLENS_DATA</c>, else <c>../shared/data</c> beside the
    /// repository (found upward from the current directory and from the program).
    /// </summary>
    public static string DataRoot(string? option)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return Directory.Exists(option)
                ? option
                : throw new CliException(ExitCodes.InputNotFound, $"data folder '{option}' does not exist");
        }
        string? env = Environment.GetEnvironmentVariable("NEWSLENS_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            return env;
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        throw new CliException(ExitCodes.InputNotFound, "cannot find the datasets: pass --data DIR or set NEWSLENS_DATA (expected ../shared/data beside the repository)");
    }

    /// <summary>A dataset file under the data root; a clear error when it is missing.</summary>
    public static string Require(string root, string relative)
    {
        string path = Path.Combine(root, relative);
        return File.Exists(path) ? path : throw new CliException(ExitCodes.InputNotFound, $"dataset file '{path}' is missing");
    }

    /// <summary>The repository's models folder, found upward from the current directory and from the program.</summary>
    public static string? ModelsDir()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsLens.sln")) && Directory.Exists(Path.Combine(dir.FullName, "models")))
                    return Path.Combine(dir.FullName, "models");
            }
        }
        return null;
    }
}
