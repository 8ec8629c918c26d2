using Reserve.Rendering.Xlsx;

namespace Reserve.Rendering.Tests;

public sealed class XlsxCellsTests
{
    [Theory]
    [InlineData(0, 1u, "A1")]
    [InlineData(25, 2u, "Z2")]
    [InlineData(26, 3u, "AA3")]
    [InlineData(701, 10u, "ZZ10")]
    [InlineData(702, 100u, "AAA100")]
    public void References_are_in_A1_style(int column, uint row, string expected) => Assert.Equal(expected, XlsxCells.Ref(column, row));
}
