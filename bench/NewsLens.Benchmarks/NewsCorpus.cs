using System.Text;
using System.Text.Json;

namespace NewsLens.Benchmarks;

/// <summary>
/// Real Vietnamese news for benchmarks: the Dân Trí articles in ../shared/data/news-unc-dantri (one paragraph
/// per line, a blank line between articles), or the shipped example article repeated when the data is absent.
/// </summary>
public static class NewsCorpus
{
    /// <summary>Loads up to <paramref name="maxChars"/> UTF-16 units of news text.</summary>
    public static string Load(int maxChars)
    {
        string root = FindRepoRoot();
        string jsonl = Path.Combine(root, "..", "shared", "data", "news-unc-dantri", "unc_v2.0-alpha.jsonl");
        var sb = new StringBuilder(maxChars + 4096);
        if (File.Exists(jsonl))
        {
            foreach (string line in File.ReadLines(jsonl))
            {
                using var doc = JsonDocument.Parse(line);
                foreach (JsonElement p in doc.RootElement.GetProperty("paragraphs").EnumerateArray())
                    sb.Append(p.GetString()).Append('\n');
                sb.Append('\n');
                if (sb.Length >= maxChars)
                    break;
            }
            Source = "news-unc-dantri";
        }
        else
        {
            string example = File.ReadAllText(Path.Combine(root, "examples", "han-man-dbscl.txt"));
            while (sb.Length < maxChars)
                sb.Append(example).Append('\n');
            Source = "examples (dataset absent)";
        }
        return sb.ToString();
    }

    /// <summary>Where the text came from.</summary>
    public static string Source { get; private set; } = "";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsLens.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
