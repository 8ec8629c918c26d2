namespace Reserve.Sdk.Facts;

/// <summary>
/// A fact a channel needs beyond the common record. The web form and the XLSX import show it by its
/// Chinese label (the XLSX column header is the label).
/// </summary>
public sealed record FactDescriptor(
    string Key,
    string Label,
    FactType Type,
    string? Unit = null,
    string? Help = null,
    IReadOnlyList<string>? Options = null);
