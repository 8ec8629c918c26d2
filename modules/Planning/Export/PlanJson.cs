using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reserve.Matching;
using Reserve.Sdk.Projects;

namespace Reserve.Planning;

/// <summary>
/// The plan as JSON for other systems, the command line and the API: <c>{asOf, objective, status, total,
/// bound, allocations: [{projectId, channelId, amount, window: {opens, closes}}], channels: [{channelId, quota,
/// allocated}], nearMisses: [{projectId, channelId, changes: [{field, from, to}], effort, unlocks, verified}]}</c>,
/// each object with a few more members for people (names, the estimate's basis, the Chinese words). Written
/// member by member so that the shape is the contract, not whatever the records happen to hold.
/// </summary>
public static class PlanJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(FundingPlan plan, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("asOf", Date(plan.AsOf));
        w.WriteString("objective", Word(plan.Objective));
        w.WriteString("objectiveName", ZhNames<PlanObjective>.Of(plan.Objective));
        w.WriteString("status", Word(plan.Status));
        w.WriteNumber("total", plan.Total);
        w.WriteNumber("objectiveValue", plan.ObjectiveValue);
        w.WriteNumber("bound", plan.Bound);
        w.WriteNumber("greedyTotal", plan.Statistics.GreedyTotal);

        w.WriteStartArray("allocations");
        foreach (var a in plan.Allocations)
        {
            w.WriteStartObject();
            w.WriteString("projectId", a.ProjectId);
            w.WriteString("projectName", a.ProjectName);
            w.WriteString("channelId", a.ChannelId);
            w.WriteString("channelName", a.ChannelName);
            w.WriteNumber("amount", a.Amount);
            w.WriteNumber("estimate", a.Estimate);
            w.WriteString("basis", a.EstimateBasis);
            w.WriteString("verdict", ZhNames<MatchVerdict>.Of(a.Verdict));
            w.WriteStartArray("missing");
            foreach (var m in a.Missing)
            {
                w.WriteStringValue(m);
            }
            w.WriteEndArray();
            w.WriteNumber("priority", a.Priority);
            if (a.Window is { } window)
            {
                w.WriteStartObject("window");
                w.WriteString("opens", Date(window.Opens));
                w.WriteString("closes", Date(window.Closes));
                w.WriteString("name", window.Name);
                w.WriteBoolean("openNow", window.OpenNow);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("window");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("channels");
        foreach (var c in plan.Channels)
        {
            w.WriteStartObject();
            w.WriteString("channelId", c.ChannelId);
            w.WriteString("channelName", c.ChannelName);
            NumberOrNull(w, "quota", c.Quota);
            w.WriteNumber("allocated", c.Allocated);
            w.WriteNumber("projects", c.Projects);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("nearMisses");
        foreach (var n in plan.NearMisses)
        {
            w.WriteStartObject();
            w.WriteString("projectId", n.ProjectId);
            w.WriteString("projectName", n.ProjectName);
            w.WriteString("channelId", n.ChannelId);
            w.WriteString("channelName", n.ChannelName);
            w.WriteStartArray("changes");
            foreach (var change in n.Changes)
            {
                w.WriteStartObject();
                w.WriteString("field", change.Field);
                w.WriteString("from", change.From); // null is written as null
                w.WriteString("to", change.To);
                w.WriteString("description", change.Description);
                w.WriteString("effort", Word(change.Effort));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("effort", Word(n.Effort));
            w.WriteString("effortName", ZhNames<ChangeEffort>.Of(n.Effort));
            w.WriteNumber("unlocks", n.Unlocks);
            w.WriteBoolean("verified", n.Verified);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        var s = plan.Statistics;
        w.WriteStartObject("statistics");
        w.WriteNumber("projects", s.Projects);
        w.WriteNumber("channels", s.Channels);
        w.WriteNumber("candidates", s.Candidates);
        w.WriteNumber("greedyObjectiveValue", s.GreedyObjectiveValue);
        w.WriteNumber("nearMissProjects", s.NearMissProjects);
        w.WriteNumber("matchSeconds", Math.Round(s.MatchSeconds, 3));
        w.WriteNumber("solveSeconds", Math.Round(s.SolveSeconds, 3));
        w.WriteNumber("nearMissSeconds", Math.Round(s.NearMissSeconds, 3));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The enum member in camelCase: <c>optimal</c>, <c>priority</c>, <c>approval</c>.</summary>
    private static string Word<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
