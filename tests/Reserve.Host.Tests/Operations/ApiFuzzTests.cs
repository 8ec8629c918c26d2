using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Reserve.Testing.Fuzzing;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>
/// The project API's bodies (create and edit) sent to the running host, mutated from a real project by
/// FsCheck-generated edits. Every answer is a stored project (its audit entry with it) or a Chinese refusal with the
/// database unchanged: never a 500, a hang, or a half-written save. Budget and seed: <see cref="FuzzBudget"/>.
/// </summary>
public sealed class ApiFuzzTests
{
    [Fact]
    public async Task Fuzzed_project_bodies_are_stored_whole_or_refused_in_Chinese_never_a_server_error()
    {
        using var host = new HostProcess();
        await using var site = await RunningHost.StartAsync(host, projects: 8);
        using var clerk = await site.SignedInAsync("jtj");
        using var list = JsonDocument.Parse(await clerk.GetStringAsync("/api/projects?take=1"));
        var id = list.RootElement.GetProperty("items")[0].GetProperty("project").GetProperty("id").GetString()!;
        var project = JsonNode.Parse(await clerk.GetStringAsync($"/api/projects/{id}"))!["project"]!;
        var seed = project.ToJsonString();
        var outcomes = new int[2];

        var cases = from kind in Gen.Choose(0, 9)
                    from put in Gen.Elements(false, true)
                    from count in Gen.Choose(1, 5)
                    from ops in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
                    select (Kind: kind, Put: put, Ops: ops);
        FuzzBudget.Run(120, config => Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var mutated = JsonMutations.Apply(seed, c.Kind, c.Ops);
            var stored = FuzzBudget.WithinLimit(() => SendAndCheck(host, clerk, id, mutated, c.Put), "the API answer");
            outcomes[stored ? 1 : 0]++;
        }).Check(config));
        // Both ends were reached: some bodies stored, some refused (a fuzzer that only ever hits one wall tests little).
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"{outcomes[1]} stored, {outcomes[0]} refused");
    }

    /// <summary>Sends the mutated project as a create, or as an edit of the current version; true when it was stored.</summary>
    private static bool SendAndCheck(HostProcess host, HttpClient clerk, string id, byte[] project, bool put)
    {
        var projects = host.Count("reserve_projects");
        var audit = host.Count("reserve_audit");
        var version = Version(host, id);
        var body = Encoding.UTF8.GetBytes($"{{\"version\":{(put ? version.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")},\"project\":").Concat(project).Append((byte)'}').ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var path = put ? $"/api/projects/{id}" : "/api/projects";
        using var response = (put ? clerk.PutAsync(path, content) : clerk.PostAsync(path, content)).GetAwaiter().GetResult();
        var answer = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var shown = $"{(put ? "PUT" : "POST")} {Encoding.UTF8.GetString(body)} → {(int)response.StatusCode} {answer}";

        Assert.True((int)response.StatusCode < 500, shown);
        if (response.IsSuccessStatusCode)
        {
            // Stored whole: the project (new, or its next version) and exactly one audit entry.
            Assert.Equal(put ? projects : projects + 1, host.Count("reserve_projects"));
            Assert.Equal(audit + 1, host.Count("reserve_audit"));
            if (put)
            {
                Assert.Equal(version + 1, Version(host, id));
            }
        }
        else
        {
            Assert.True(FuzzBudget.IsChinese(answer), shown);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
            Assert.Equal(projects, host.Count("reserve_projects"));
            Assert.Equal(audit, host.Count("reserve_audit"));
            Assert.Equal(version, Version(host, id));
        }
        return response.IsSuccessStatusCode;
    }

    private static long Version(HostProcess host, string id)
    {
        using var connection = host.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Version\" FROM reserve_projects WHERE \"Id\" = '{id}'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
