using System.Text.Json;
using Xunit;

namespace Reserve.Host.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public void Plan_writes_the_plan_in_the_documented_shape_and_an_xlsx_and_prints_the_proof()
    {
        using var host = new HostProcess();
        var demo = host.PathOf("demo.json");
        Assert.Equal(0, host.Run("seed", "--count", "40", "--out", demo).Exit);

        var (exit, output, error) = host.Run("plan", demo, "--as-of", "2026-10-15", "--quota", "special-bonds=20000",
            "--quota", "central-budget.water=3000,ultra-long-bonds=5000", "--with-pending", "--out", host.PathOf("plan.json"), "--xlsx", host.PathOf("plan.xlsx"));

        Assert.True(exit == 0, error);
        Assert.Contains("求解状态：", output);
        Assert.Contains("按金额从大到小逐个安排为", output);
        Assert.True(new FileInfo(host.PathOf("plan.xlsx")).Length > 0);
        using var plan = JsonDocument.Parse(File.ReadAllText(host.PathOf("plan.json")));
        var root = plan.RootElement;
        Assert.Equal("2026-10-15", root.GetProperty("asOf").GetString());
        Assert.Equal("amount", root.GetProperty("objective").GetString());
        Assert.Contains(root.GetProperty("status").GetString(), new[] { "optimal", "feasible" });
        Assert.True(root.GetProperty("bound").GetDecimal() >= root.GetProperty("objectiveValue").GetDecimal());
        var allocations = root.GetProperty("allocations").EnumerateArray().ToList();
        Assert.NotEmpty(allocations);
        Assert.Equal(root.GetProperty("total").GetDecimal(), allocations.Sum(a => a.GetProperty("amount").GetDecimal()));
        foreach (var a in allocations)
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("projectId").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("channelId").GetString()));
            var window = a.GetProperty("window");
            Assert.True(window.ValueKind == JsonValueKind.Null || window.TryGetProperty("opens", out _) && window.TryGetProperty("closes", out _));
        }
        var bonds = root.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channelId").GetString() == "special-bonds");
        Assert.Equal(20000m, bonds.GetProperty("quota").GetDecimal());
        Assert.True(bonds.GetProperty("allocated").GetDecimal() <= 20000m);
        foreach (var miss in root.GetProperty("nearMisses").EnumerateArray())
        {
            Assert.True(miss.GetProperty("verified").GetBoolean());
            Assert.Contains(miss.GetProperty("effort").GetString(), new[] { "material", "approval", "money", "scope" });
            Assert.All(miss.GetProperty("changes").EnumerateArray(), c => Assert.True(c.TryGetProperty("field", out _) && c.TryGetProperty("from", out _) && c.TryGetProperty("to", out _)));
        }
    }

    [Fact]
    public void Plan_refuses_a_malformed_quota_an_unknown_channel_and_a_bad_objective_in_chinese()
    {
        using var host = new HostProcess();
        var demo = host.PathOf("demo.json");
        Assert.Equal(0, host.Run("seed", "--count", "5", "--out", demo).Exit);

        var malformed = host.Run("plan", demo, "--quota", "special-bonds");
        Assert.Equal(2, malformed.Exit);
        Assert.Contains("--quota“special-bonds”应为 渠道=万元", malformed.Err);

        var unknown = host.Run("plan", demo, "--quota", "nope=10", "--out", host.PathOf("p.json"));
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("“nope”不在已启用的渠道中", unknown.Err);
        Assert.False(File.Exists(host.PathOf("p.json")));

        var objective = host.Run("plan", demo, "--objective", "most");
        Assert.Equal(2, objective.Exit);
        Assert.Contains("--objective“most”应为 amount", objective.Err);

        var neither = host.Run("plan");
        Assert.Equal(2, neither.Exit);
        Assert.Contains("二者择一", neither.Err);
    }
}
