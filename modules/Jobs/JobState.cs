using Reserve.Sdk.Projects;

namespace Reserve.Jobs;

/// <summary>Where a background job is; the Chinese names are what the web app shows.</summary>
public enum JobState
{
    [ZhName("排队中")]
    Queued,

    [ZhName("进行中")]
    Running,

    [ZhName("已完成")]
    Succeeded,

    [ZhName("失败")]
    Failed,

    [ZhName("已取消")]
    Cancelled,
}
