namespace Reserve.Plugins.UltraLongBonds;

/// <summary>
/// The year's 两重/两新 scope as two questions: does the project's 所属领域 (or a word of an area) fall within the
/// year's scope at all, and is it recognised as one of the areas the year's list names. Areas named by words (城市地下
/// 管网, 设备更新) are recognised by their words only — their fields say where such projects are filed, far wider than
/// the area — and areas without words (the broad directions) by field. Each period is prepared once at load, with
/// its fields as bit masks, so the field questions cost no scan of the areas.
/// </summary>
internal sealed class YearScope
{
    private readonly DateOnly[] _from;
    private readonly Period[] _periods;

    public YearScope(ParameterTable table, params string[] keys)
    {
        var lists = keys.Select(k => (Texts: table.List(k), Areas: new DatedScopeList(table, k))).ToArray();
        _from = [.. keys.SelectMany(k => table.History(k).Select(h => h.From)).Distinct().Order()];
        _periods = [.. _from.Select(date => new Period(lists.Where(l => l.Texts.TryAt(date, out _)).SelectMany(l => l.Areas.At(date))))];
    }

    /// <summary>The period in force on a date; null before the first list.</summary>
    public Period? At(DateOnly date)
    {
        for (var i = _from.Length - 1; i >= 0; i--)
        {
            if (date >= _from[i])
            {
                return _periods[i];
            }
        }
        return null;
    }

    /// <summary>One year's areas.</summary>
    internal sealed class Period
    {
        private readonly ScopeArea[] _wordAreas;
        private readonly ulong _fitFields;
        private readonly ulong _fieldConfirms;

        public Period(IEnumerable<ScopeArea> areas)
        {
            Areas = [.. areas];
            _wordAreas = [.. Areas.Where(a => a.Words.Length > 0)];
            _fitFields = Mask(Areas);
            _fieldConfirms = Mask(Areas.Where(a => a.Words.Length == 0));
        }

        public IReadOnlyList<ScopeArea> Areas { get; }

        /// <summary>The 所属领域 is one the year's scope covers (an area's own, or where its projects are filed).</summary>
        public bool FieldFits(ProjectField? field) => field is { } f && (_fitFields & Bit(f)) != 0;

        /// <summary>The 所属领域 alone places the project in a direction (an area without words).</summary>
        public bool FieldConfirms(ProjectField? field) => field is { } f && (_fieldConfirms & Bit(f)) != 0;

        /// <summary>The first area named by a word found in the name or scale; null when none is.</summary>
        public ScopeArea? WordArea(ProjectRecord p)
        {
            foreach (var area in _wordAreas)
            {
                if (area.MatchedWord(p) is not null)
                {
                    return area;
                }
            }
            return null;
        }

        /// <summary>The areas whose fields include the project's, for messages.</summary>
        public IEnumerable<ScopeArea> AreasOfField(ProjectField field) => Areas.Where(a => Array.IndexOf(a.Fields, field) >= 0);

        /// <summary>The area that recognises the project: a word of a named area, else a direction by field.</summary>
        public ScopeArea? Recognising(ProjectRecord p) =>
            WordArea(p) ?? (FieldConfirms(p.Field) ? Areas.First(a => a.Words.Length == 0 && a.FieldMatches(p)) : null);

        private static ulong Mask(IEnumerable<ScopeArea> areas) =>
            areas.SelectMany(a => a.Fields).Aggregate(0UL, (mask, field) => mask | Bit(field));

        private static ulong Bit(ProjectField field) => 1UL << (int)field;
    }
}
