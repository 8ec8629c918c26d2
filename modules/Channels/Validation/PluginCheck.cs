namespace Reserve.Channels.Validation;

/// <summary>
/// One check of <c>plugins validate</c> that needs more than the catalog (golden cases need the engine,
/// templates the document sandbox): the modules that own those provide it, the host composes them.
/// </summary>
public interface IPluginCheck
{
    /// <summary>The check's Chinese name as the report shows it, e.g. 黄金用例.</summary>
    string Name { get; }

    /// <summary>Every problem found in a plugin that loaded; empty when it passes.</summary>
    IReadOnlyList<string> Run(LoadedPlugin plugin);
}
