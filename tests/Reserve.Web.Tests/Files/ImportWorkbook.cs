using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Reserve.Web.Tests.Files;

/// <summary>
/// An XLSX in the interchange format (modules/Projects/Interchange/XlsxLayout.cs): row 1 the Chinese column
/// names, one project per row from row 2. An empty value leaves the cell empty.
/// </summary>
internal sealed class ImportWorkbook
{
    public static readonly string[] Headers = ["项目名称", "主管部门", "项目单位", "建设规模及内容", "总投资", "所属领域"];

    private readonly List<Dictionary<string, object?>> _rows = [];

    /// <summary>The worksheet row the next project lands on (row 1 holds the headers).</summary>
    public int NextRow => _rows.Count + 2;

    public int Add(string? name, string department, object totalInvestment, string unit = "嘉峪关市交通建设投资有限公司")
    {
        var row = NextRow;
        _rows.Add(new Dictionary<string, object?>
        {
            ["项目名称"] = name,
            ["主管部门"] = department,
            ["项目单位"] = unit,
            ["建设规模及内容"] = "改造农村公路 12 公里，新建错车道 20 处",
            ["总投资"] = totalInvestment,
            ["所属领域"] = "交通",
        });
        return row;
    }

    public string Save(string folder, string fileName)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        using var stream = File.Create(path);
        MiniExcel.SaveAs(stream, _rows);
        return path;
    }

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, _rows);
        return stream.ToArray();
    }
}
