using System.Text.Json.Nodes;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Golden;

/// <summary>One golden case as read from a plugin's case file: the project, the date, and what is expected.</summary>
public sealed record GoldenCase(string File, int Index, string Name, string ChannelId, DateOnly AsOf, ProjectRecord Project, JsonObject Expect);
