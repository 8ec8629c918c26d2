using Reserve.Sdk.Projects;

namespace Reserve.Matching;

/// <summary>The readiness answer as lists filter it: whether anything must be done before applying.</summary>
public enum ReadinessState
{
    [ZhName("无需准备")] Ready,
    [ZhName("申报前须准备")] ToPrepare,
}
