using Reserve.Channels.Manifest;
using Xunit;

namespace Reserve.Channels.Tests;

public sealed class ManifestTests
{
    [Theory]
    [InlineData(">=1.0.0 <2.0.0", "1.0.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "1.9.9", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0", false)]
    [InlineData(">=1.1.0", "1.0.5", false)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("=1.0.0", "1.0.1", false)]
    [InlineData(">1.0.0", "1.0.0", false)]
    [InlineData("<=1.0.0", "1.0.0-beta", true)]
    public void Version_ranges_hold_or_not(string range, string version, bool expected)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed));
        Assert.True(SemanticVersion.TryParse(version, out var v));
        Assert.Equal(expected, parsed!.Includes(v));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public void Malformed_versions_are_refused(string text) => Assert.False(SemanticVersion.TryParse(text, out _));

    [Theory]
    [InlineData("plugin.dll", true)]
    [InlineData("lib/plugin.dll", true)]
    [InlineData("../other/plugin.dll", false)]
    [InlineData("lib/../../plugin.dll", false)]
    [InlineData("/etc/passwd", false)]
    public void Paths_must_stay_inside_the_plugin_folder(string relative, bool inside) =>
        Assert.Equal(inside, ManifestReader.IsInside("/srv/reserve/plugins/demo", relative));

    [Theory]
    [InlineData(11, 1, 6, 30, "2025-12-15", true)]
    [InlineData(11, 1, 6, 30, "2026-03-01", true)]
    [InlineData(11, 1, 6, 30, "2026-07-01", false)]
    [InlineData(3, 1, 5, 31, "2026-05-31", true)]
    [InlineData(3, 1, 5, 31, "2026-06-01", false)]
    public void Application_windows_may_span_the_new_year(int om, int od, int cm, int cd, string date, bool open) =>
        Assert.Equal(open, new ApplicationWindow("窗口", om, od, cm, cd, "每年", null).IsOpenOn(DateOnly.Parse(date)));
}
