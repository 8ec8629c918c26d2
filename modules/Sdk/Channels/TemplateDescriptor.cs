namespace Reserve.Sdk.Channels;

/// <summary>A document template a channel ships, by path relative to the plugin folder.</summary>
public sealed record TemplateDescriptor(string Id, string Title, string Path, string Format = "sbn-md");
