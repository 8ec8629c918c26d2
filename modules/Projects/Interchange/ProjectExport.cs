using System.Data;
using System.Text.Json;
using MiniExcelLibs;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Writes candidate projects in the interchange formats, so that what is written reads back through
/// <see cref="ProjectImport"/> unchanged.
/// </summary>
public static class ProjectExport
{
    public const string SheetName = "储备项目";

    /// <summary>A JSON array of records, indented, with the keys and Chinese enumeration words of project-record.md.</summary>
    public static void WriteJson(Stream stream, IEnumerable<ProjectRecord> records)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        JsonSerializer.Serialize(stream, records.ToList(), ProjectJson.Indented);
    }

    /// <summary>
    /// One worksheet with the columns of <c>XlsxLayout</c>: every common column and one per channel fact,
    /// so that the file also serves as a fill-in template; the optional -到位/-文号/-日期/-有效期 columns
    /// only when some record fills them. Facts that no descriptor declares have no column and are not written.
    /// 拟申请渠道 are written by the names of <paramref name="channels"/> (ids no channel has, as they are).
    /// </summary>
    public static void WriteXlsx(Stream stream, IEnumerable<ProjectRecord> records, IReadOnlyList<FactDescriptor> channelFacts,
        IReadOnlyList<KnownChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(channelFacts);
        var list = records.ToList();
        var columns = XlsxLayout.For(new ChannelFacts(channelFacts, channels)).Columns
            .Where(c => !c.WrittenOnlyWhenUsed || list.Exists(r => c.ToCell(r) is not null))
            .ToList();

        // A DataTable, not dictionaries: MiniExcel takes the headers from the first row, so an export
        // without projects would lose them.
        using var table = new DataTable(SheetName);
        foreach (var column in columns)
        {
            table.Columns.Add(column.Header, typeof(object));
        }
        foreach (var record in list)
        {
            table.Rows.Add([.. columns.Select(c => c.ToCell(record) ?? DBNull.Value)]);
        }
        stream.SaveAs(table, sheetName: SheetName);
    }
}
