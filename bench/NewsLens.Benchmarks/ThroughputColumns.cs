using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsLens.Benchmarks;

/// <summary>Adds MB/s (UTF-8 megabytes of input per second) and allocated bytes per token to the summary.</summary>
public sealed class ThroughputColumn(string name, Func<Summary, BenchmarkCase, string> value) : IColumn
{
    public string Id => "NewsLens." + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => name;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);

    /// <summary>A column of units (words, syllables) processed per second; <paramref name="units"/> is read when the summary is printed.</summary>
    public static ThroughputColumn PerSecond(string name, Func<long> units) => new(name, (summary, bc) =>
        summary[bc]?.ResultStatistics?.Mean is double ns and not 0
            ? (units() / (ns / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : "-");

    /// <summary>A column of bytes allocated per unit (word, syllable) and operation.</summary>
    public static ThroughputColumn BytesPer(string name, Func<long> units, string format = "F3") => new(name, (summary, bc) =>
        summary[bc]?.GcStats.GetBytesAllocatedPerOperation(bc) is long bytes
            ? ((double)bytes / units()).ToString(format, System.Globalization.CultureInfo.InvariantCulture)
            : "-");
}
