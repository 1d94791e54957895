using Xunit;

namespace NewsLens.Testing;

/// <summary>A fact that is skipped, with a one-line reason, when a shared dataset is absent.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    public DataFactAttribute(string relativePath)
    {
        if (TestPaths.DataFile(relativePath) is null)
            Skip = $"dataset ../shared/data/{relativePath} is absent";
    }
}
