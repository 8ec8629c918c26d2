using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Reserve.Benchmarks;

/// <summary>Evaluations per second and bytes per evaluation: one operation is ProjectCount (× ChannelCount) evaluations.</summary>
public sealed class PerEvaluationColumn(bool allocation) : IColumn
{
    public string Id => allocation ? "AllocPerEval" : "EvalsPerSec";
    public string ColumnName => allocation ? "Alloc/eval" : "Evals/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => allocation ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => allocation ? "Bytes allocated per project-channel evaluation" : "Project-channel evaluations per second (ProjectCount × ChannelCount / Mean)";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || benchmarkCase.Parameters["ProjectCount"] is not int projects)
        {
            return "-";
        }
        // One operation is ProjectCount × ChannelCount evaluations where the benchmark has channels as a parameter.
        var count = (long)projects * (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "ChannelCount")?.Value is int channels ? channels : 1);
        if (allocation)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is { } b ? $"{b / (double)count:#,0.0} B" : "-";
        }
        return $"{count / (stats.Mean / 1e9):#,0}";
    }
}
