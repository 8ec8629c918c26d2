using Reserve.Demo.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Tests;

/// <summary>Large runs work (no timing is asserted: build machines vary).</summary>
public sealed class DemoDataVolumeTests
{
    [Fact]
    public void One_hundred_thousand_records_can_be_generated()
    {
        var records = DemoProjects.Generate(100_000);

        Assert.Equal(100_000, records.Count);
        Assert.Equal("2027-100000", records[^1].Id);
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        // Collect violations rather than asserting per record: one readable failure instead of 100,000 calls.
        var broken = records.Where(r => !(
                r.TotalInvestment > 0m
                && r.PlannedTotal <= r.TotalInvestment
                && (r.Equity is null || r.Equity <= r.TotalInvestment)
                && (r.CompletedInvestment is null || r.CompletedInvestment <= r.TotalInvestment)
                && r.PlannedEnd >= r.PlannedStart
                && (r.Code is null || ProjectCodeFormat.IsWellFormed(r.Code))
                && (r.UnitCreditCode is null || r.UnitCreditCode.Length == 18)
                && r.Name.Length is >= 2 and <= 100))
            .Select(r => r.Id)
            .ToList();
        Assert.Empty(broken);
        Assert.Equal(records.Count, records.Select(r => r.Name).Distinct().Count());
    }
}
