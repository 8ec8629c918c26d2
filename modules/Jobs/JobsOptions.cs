namespace Reserve.Jobs;

/// <summary>How the runner of one instance behaves; the defaults suit a web host.</summary>
public sealed class JobsOptions
{
    /// <summary>The name recorded as <see cref="JobInfo.ClaimedBy"/> (host name and process, by default).</summary>
    public string InstanceName { get; set; } = "";

    /// <summary>How often an idle runner looks for queued work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a running job's heartbeat is written (and a cancel request noticed).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A running job whose heartbeat is older than this is taken to have lost its instance.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The least time between two progress writes of one job.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long an ended job (已完成, 失败, 已取消) and its file stay in the queue; older ones are deleted whenever a job is
    /// queued, so the reminder rounds (about 96 a day) do not grow the table without end. Queued and running jobs are never deleted.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>False registers the queue without a runner (the command line queues work for the web hosts).</summary>
    public bool RunJobs { get; set; } = true;
}
