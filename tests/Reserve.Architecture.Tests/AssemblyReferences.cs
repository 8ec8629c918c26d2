using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Reserve.Architecture.Tests;

/// <summary>Reads an assembly's references and attributes from its file, without loading it.</summary>
internal static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
    }

    public static IReadOnlyList<string> Of(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    /// <summary>The references of ours (Reserve.*) that are not in the allowed set.</summary>
    public static IReadOnlyList<string> Forbidden(IEnumerable<string> references, params string[] allowed) =>
        references.Where(r => r.StartsWith("Reserve.", StringComparison.Ordinal) && !allowed.Contains(r)).ToList();

    /// <summary>References to anything but the framework and the allowed assemblies.</summary>
    public static IReadOnlyList<string> NonFramework(IEnumerable<string> references, params string[] allowed) =>
        references.Where(r => !(r is "System" or "netstandard" or "mscorlib" || r.StartsWith("System.", StringComparison.Ordinal)
            || r.StartsWith("Microsoft.Win32", StringComparison.Ordinal)) && !allowed.Contains(r)).ToList();
}
