using Reserve.Projects.Validation;
using Reserve.Sdk.Facts;

namespace Reserve.Projects.Interchange;

/// <summary>Reads a project file of the interchange format, by its extension (.json or .xlsx).</summary>
public static class ProjectFiles
{
    public static ImportResult Read(string path, IReadOnlyList<FactDescriptor> channelFacts, IReadOnlyList<KnownChannel>? channels = null)
    {
        using var stream = File.OpenRead(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => ProjectImport.ReadXlsx(stream, channelFacts, channels),
            _ => ProjectImport.ReadJson(stream, channelFacts, channels),
        };
    }

    /// <summary>For problems found after reading (when storing), where rows are records in file order.</summary>
    public static string Describe(ImportProblem problem) =>
        problem.Row > 0 ? $"第{problem.Row}个项目【{problem.Column}】{problem.Message}" : $"【{problem.Column}】{problem.Message}";
}
