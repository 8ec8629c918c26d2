using System.Net;
using System.Text.Json;
using Xunit;

namespace Reserve.Host.Tests.Operations;

/// <summary>
/// A background job whose host process is killed mid-work (no graceful shutdown, nothing handed back) is never left
/// "running": the instance restarted under its name queues it again at once and finishes it; killed a second time,
/// the job is failed with the reason, here by another instance once the heartbeat has gone quiet.
/// </summary>
public sealed class InterruptedJobTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Reserve__Jobs__StaleAfter"] = "00:00:08",
        ["Reserve__Jobs__HeartbeatInterval"] = "00:00:01",
    };

    [Fact]
    public async Task A_job_whose_host_is_killed_is_resumed_after_restart_and_failed_with_its_reason_the_second_time()
    {
        using var host = new HostProcess();
        long id;
        await using (var first = await RunningHost.StartAsync(host, With("甲"), projects: 120))
        {
            await BackupRestoreTests.WaitForIdleJobsAsync(host);
            using var reviewer = await first.SignedInAsync("fgw");
            var queued = await reviewer.PostAsync("/api/jobs/documents", null);
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            using var job = JsonDocument.Parse(await queued.Content.ReadAsStringAsync());
            id = job.RootElement.GetProperty("id").GetInt64();
            await WaitForAsync(host, id, "\"State\" = 'Running' AND \"ClaimedBy\" = '甲'");
            await first.KillAsync();
        }
        Assert.Equal(1, host.Count("jobs_queue", $"\"Id\" = {id} AND \"State\" = 'Running'"));

        // 1. The same instance comes back: its leftover is queued again at once (not after StaleAfter) and runs to the end.
        await using (var again = await RunningHost.StartAsync(host, With("甲")))
        {
            await WaitForAsync(host, id, "\"Recoveries\" = 1 AND \"State\" = 'Running'");
            Assert.Contains("上次中断时留下的任务：重新排队 1 个", again.Output);
            // 2. Killed again mid-work.
            await again.KillAsync();
        }
        Assert.Equal(1, host.Count("jobs_queue", $"\"Id\" = {id} AND \"State\" = 'Running'"));

        // 3. Another instance takes over once the heartbeat is older than StaleAfter: a second interruption fails the
        // job with its reason, so no job that kills its instance runs forever.
        await using var other = await RunningHost.StartAsync(host, With("乙"));
        await WaitForAsync(host, id, "\"State\" = 'Failed'");
        using var reader = host.Open();
        using var command = reader.CreateCommand();
        command.CommandText = $"SELECT \"Error\" FROM jobs_queue WHERE \"Id\" = {id}";
        var error = (string)command.ExecuteScalar()!;
        Assert.Contains("两次中断", error);
        Assert.Contains("请检查日志后重新提交", error);
        using var reviewerOther = await other.SignedInAsync("fgw");
        using var shown = JsonDocument.Parse(await reviewerOther.GetStringAsync($"/api/jobs/{id}"));
        Assert.Contains("两次中断", shown.RootElement.GetRawText());
    }

    [Fact]
    public async Task A_job_killed_once_is_finished_by_the_restarted_instance()
    {
        using var host = new HostProcess();
        long id;
        await using (var first = await RunningHost.StartAsync(host, With("甲"), projects: 120))
        {
            await BackupRestoreTests.WaitForIdleJobsAsync(host);
            using var reviewer = await first.SignedInAsync("fgw");
            using var job = JsonDocument.Parse(await (await reviewer.PostAsync("/api/jobs/documents", null)).Content.ReadAsStringAsync());
            id = job.RootElement.GetProperty("id").GetInt64();
            await WaitForAsync(host, id, "\"State\" = 'Running'");
            await first.KillAsync();
        }

        await using var again = await RunningHost.StartAsync(host, With("甲"));
        await WaitForAsync(host, id, "\"State\" = 'Succeeded'");

        Assert.Equal(1, host.Count("jobs_queue", $"\"Id\" = {id} AND \"Recoveries\" = 1 AND \"ClaimedBy\" = '甲'"));
        Assert.Equal(1, host.Count("jobs_files", $"\"JobId\" = {id}"));
    }

    private static Dictionary<string, string> With(string instance) => new(Settings) { ["Reserve__InstanceName"] = instance };

    private static async Task WaitForAsync(HostProcess host, long id, string condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (host.Count("jobs_queue", $"\"Id\" = {id} AND {condition}") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"job {id} never reached {condition}");
            await Task.Delay(20);
        }
    }
}
