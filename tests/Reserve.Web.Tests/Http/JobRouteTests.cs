using System.IO.Compression;
using System.Text.Json.Nodes;
using Reserve.Web.Tests.Site;
using Xunit;

namespace Reserve.Web.Tests.Http;

/// <summary>
/// The background-job routes against the real host: who may start which job, who may follow it, and that a
/// department's batch of documents holds only that department's projects.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class JobRouteTests(ReserveSite site)
{
    [Fact]
    public async Task Anonymous_callers_are_refused_on_every_job_route()
    {
        using var anonymous = site.Client();
        foreach (var (method, path) in new[] { ("GET", "/api/jobs"), ("GET", "/api/jobs/1"), ("GET", "/api/jobs/1/file"), ("POST", "/api/jobs/1/cancel"), ("POST", "/api/jobs/rematch"), ("POST", "/api/jobs/documents") })
        {
            var answer = await Answer.ReadAsync(await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)));
            Assert.True(answer.Status == 401, $"{method} {path}: {answer}");
            Assert.Equal(ApiRoute.NotSignedIn, answer.Error);
        }
    }

    [Fact]
    public async Task Only_reviewers_start_a_rematch_and_leaders_and_administrators_start_no_batch()
    {
        foreach (var login in new[] { Demo.Clerk, Demo.Leader, Demo.Admin })
        {
            using var api = await ReserveApi.SignInAsync(site, login);
            Assert.Equal(403, (int)(await api.Http.PostAsync("/api/jobs/rematch", null)).StatusCode);
        }
        foreach (var login in new[] { Demo.Leader, Demo.Admin })
        {
            using var api = await ReserveApi.SignInAsync(site, login);
            Assert.Equal(403, (int)(await api.Http.PostAsync("/api/jobs/documents", null)).StatusCode);
        }
        using var admin = await ReserveApi.SignInAsync(site, Demo.Admin);
        Assert.Equal(403, (int)(await admin.Http.GetAsync("/api/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_clerks_batch_holds_the_own_departments_documents_and_is_visible_to_the_clerk_and_reviewers_only()
    {
        using var clerk = await ReserveApi.SignInAsync(site, Demo.Clerk);
        var started = await clerk.Http.PostAsync("/api/jobs/documents", null);
        Assert.Equal(202, (int)started.StatusCode);
        var job = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        var id = job["id"]!.GetValue<long>();
        Assert.Equal(Demo.ClerkDepartment, job["department"]!.GetValue<string>());

        var deadline = DateTime.UtcNow.AddMinutes(5);
        JsonNode current;
        do
        {
            await Task.Delay(500);
            current = JsonNode.Parse(await clerk.Http.GetStringAsync($"/api/jobs/{id}"))!;
        }
        while (current["state"]!.GetValue<string>() is "Queued" or "Running" && DateTime.UtcNow < deadline);
        Assert.True(current["state"]!.GetValue<string>() == "Succeeded", current.ToJsonString());
        Assert.Equal(current["total"]!.GetValue<int>(), current["done"]!.GetValue<int>());

        var file = await clerk.Http.GetAsync($"/api/jobs/{id}/file");
        Assert.Equal("application/zip", file.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await file.Content.ReadAsStreamAsync());
        var manifest = JsonNode.Parse(new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEnd())!;
        var ownIds = (await clerk.ProjectIdsAsync(null, 500)).ToHashSet();
        var projectIds = manifest.ToJsonString();
        Assert.Contains(ownIds, projectIds.Contains);
        using (var observer = await ReserveApi.SignInAsync(site, Demo.Reviewer))
        {
            Assert.DoesNotContain(await observer.ProjectIdsAsync(Demo.SubmittedDepartment, 500), projectIds.Contains);
        }

        // Listed for its clerk and for reviewers; another department's clerk does not find it.
        Assert.Contains(JsonNode.Parse(await clerk.Http.GetStringAsync("/api/jobs"))!.AsArray(), j => j!["id"]!.GetValue<long>() == id);
        using var reviewer = await ReserveApi.SignInAsync(site, Demo.Reviewer);
        Assert.Equal(200, (int)(await reviewer.Http.GetAsync($"/api/jobs/{id}")).StatusCode);
        using var other = await ReserveApi.SignInAsync(site, Demo.SubmittedClerk);
        var hidden = await Answer.ReadAsync(await other.Http.GetAsync($"/api/jobs/{id}"));
        Assert.Equal(404, hidden.Status);
        Assert.Equal(404, (int)(await other.Http.GetAsync($"/api/jobs/{id}/file")).StatusCode);
        Assert.DoesNotContain(JsonNode.Parse(await other.Http.GetStringAsync("/api/jobs"))!.AsArray(), j => j!["id"]!.GetValue<long>() == id);
        // A finished job cannot be cancelled.
        Assert.Equal(409, (int)(await clerk.Http.PostAsync($"/api/jobs/{id}/cancel", null)).StatusCode);
    }
}
