namespace Reserve.Persistence.Operations;

/// <summary>Whether this build can take a database: every migration it has applied must be one this build knows.</summary>
public static class SchemaCheck
{
    /// <summary>
    /// What in <paramref name="applied"/> this build does not know, in Chinese: a module this build lacks, or a
    /// migration newer than its own. Empty when the database is of this build's schema or an older one (which the
    /// next start migrates).
    /// </summary>
    public static IReadOnlyList<string> UnknownToThisBuild(IReadOnlyDictionary<string, IReadOnlyList<string>> applied, IEnumerable<IModuleSchema> modules)
    {
        var known = modules.ToDictionary(m => m.HistoryTable, m => m.KnownMigrations().ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (table, migrations) in applied)
        {
            if (!known.TryGetValue(table, out var ids))
            {
                problems.Add($"模块 {ModuleName(table)} 本程序没有（迁移记录表 {table}）");
                continue;
            }
            var unknown = migrations.Where(m => !ids.Contains(m)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add($"模块 {ModuleName(table)} 的迁移 {string.Join("、", unknown)} 本程序不认识");
            }
        }
        return problems;
    }

    /// <summary><c>__reserve_migrations</c> → <c>reserve</c>.</summary>
    public static string ModuleName(string historyTable) =>
        historyTable.Trim('_').Replace("_migrations", "", StringComparison.Ordinal);
}
