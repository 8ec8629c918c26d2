namespace Reserve.Sdk.Projects;

/// <summary>The Chinese word that files and screens use for an enumeration value.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ZhNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
