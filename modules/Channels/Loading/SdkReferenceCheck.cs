using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Reserve.Sdk.Channels;

namespace Reserve.Channels.Loading;

/// <summary>
/// Reads which SDK assembly version a plugin was compiled against, without loading it. The loader
/// shares the SDK only when the versions match exactly; otherwise the plugin would silently get its own
/// copy and its types would not be the host's, so such a plugin is refused as incompatible.
/// </summary>
internal static class SdkReferenceCheck
{
    private static readonly string SdkName = typeof(IChannelPlugin).Assembly.GetName().Name!;

    public static Version HostSdkVersion { get; } = typeof(IChannelPlugin).Assembly.GetName().Version!;

    /// <summary>The SDK version the assembly references, or null when it references none.</summary>
    public static Version? ReferencedSdkVersion(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("不是 .NET 程序集");
        }
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            if (reader.GetString(reference.Name) == SdkName)
            {
                return reference.Version;
            }
        }
        return null;
    }
}
