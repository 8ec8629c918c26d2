namespace Reserve.Sdk.Rules;

public sealed partial class PolicySourceTable
{
    /// <summary>The ids of every source in the table, for checks that each is cited somewhere.</summary>
    public IReadOnlyCollection<string> Ids => _sources.Keys;

    /// <summary>The source of an id; false when the manifest has none by that id.</summary>
    public bool TryGet(string id, out PolicySource source) => _sources.TryGetValue(id, out source!);
}
