using Reserve.Sdk.Facts;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Reads candidate projects from untrusted files. Nothing thrown for bad content: a file that cannot be
/// read gives one problem on row 0, and every problem of every row is reported, with the rules of
/// <see cref="Validation.ProjectValidator"/> applied to each record. Given the channels, 拟申请渠道 may name them
/// in Chinese (or by id) and are stored by id; a name that is none of them is a problem of its row.
/// </summary>
public static class ProjectImport
{
    /// <summary>A JSON array of records, or an object <c>{ "projects": [ … ] }</c>, with the keys of project-record.md.</summary>
    /// <param name="channelFacts">The facts the loaded channels declare; <c>facts</c> keys are typed by them.</param>
    public static ImportResult ReadJson(Stream stream, IReadOnlyList<FactDescriptor> channelFacts, IReadOnlyList<KnownChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(channelFacts);
        return new JsonProjectReader(new ChannelFacts(channelFacts, channels)).Read(stream);
    }

    /// <summary>The first worksheet of an XLSX workbook, with the Chinese headers of <c>XlsxLayout</c>.</summary>
    /// <param name="channelFacts">The facts the loaded channels declare; each is a column headed by its label.</param>
    public static ImportResult ReadXlsx(Stream stream, IReadOnlyList<FactDescriptor> channelFacts, IReadOnlyList<KnownChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(channelFacts);
        return new XlsxProjectReader(new ChannelFacts(channelFacts, channels)).Read(stream);
    }

    /// <summary>
    /// The first worksheet of an XLSX workbook, read one row at a time as the returned source is consumed
    /// (by <c>IProjectReserve.ImportAsync</c>), so that a large file is never held whole. The header is read
    /// here: <see cref="ImportSource.FileProblems"/> already lists its problems. Dispose the source when done;
    /// the stream stays open.
    /// </summary>
    public static ImportSource OpenXlsx(Stream stream, IReadOnlyList<FactDescriptor> channelFacts, IReadOnlyList<KnownChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(channelFacts);
        return new XlsxProjectReader(new ChannelFacts(channelFacts, channels)).Open(stream);
    }
}
