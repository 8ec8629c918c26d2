namespace Reserve.Sdk.Projects;

/// <summary>Negative-list items as a bit set, so "involves any of these" is one AND in the rules' hot loop.</summary>
public static class NegativeListItems
{
    public static ulong Mask(IEnumerable<NegativeListItem> items)
    {
        var mask = 0UL;
        foreach (var item in items)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)item, 63u, nameof(items));
            mask |= 1UL << (int)item;
        }
        return mask;
    }
}
