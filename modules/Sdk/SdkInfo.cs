namespace Reserve.Sdk;

/// <summary>The SDK's contract version, against which plugin manifests declare their range.</summary>
public static class SdkInfo
{
    /// <summary>Major.minor.patch of this contract. Minor grows for additions; major for breaking changes.</summary>
    public static readonly Version Version = new(2, 3, 0);
}
