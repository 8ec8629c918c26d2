using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Testing.Fuzzing;

namespace Reserve.Projects.Tests;

/// <summary>
/// The XLSX scanner and the JSON reader fed valid files mutated by FsCheck-generated edits (structure-aware: a sheet's
/// XML or a JSON value replaced by values that break parsers; and raw: bytes flipped, cut, repeated), then stored with
/// the all-or-nothing import. Every input must end as Chinese problems with nothing stored, or as rows stored whole:
/// never an exception, a hang, or part of a file stored. Budget and seed: <see cref="FuzzBudget"/>.
/// </summary>
public sealed class ImportFuzzTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<FactDescriptor> Facts = [new("builtYear", "建成年份", FactType.Integer, "年")];

    private StorageFixture _store = null!;
    private byte[][] _xlsxSeeds = [];
    private string[] _jsonSeeds = [];

    public async Task InitializeAsync()
    {
        _store = await StorageFixture.CreateAsync();
        ProjectRecord[][] sets =
        [
            [StorageFixture.Valid("城东片区老旧小区改造项目")],
            [StorageFixture.Valid("甲项目"), StorageFixture.Valid("乙项目"), StorageFixture.Valid("丙项目")],
            [WithId(StorageFixture.Valid("有编号的项目"), "2027-0901")],
        ];
        _xlsxSeeds = [.. sets.Select(set =>
        {
            using var stream = new MemoryStream();
            ProjectExport.WriteXlsx(stream, set, Facts);
            return stream.ToArray();
        })];
        _jsonSeeds = [.. sets.Select(set =>
        {
            using var stream = new MemoryStream();
            ProjectExport.WriteJson(stream, set);
            return Encoding.UTF8.GetString(stream.ToArray());
        })];
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static ProjectRecord WithId(ProjectRecord record, string id)
    {
        record.Id = id;
        return record;
    }

    [Fact]
    public void The_seeds_themselves_are_stored_whole()
    {
        foreach (var seed in _xlsxSeeds)
        {
            var (outcome, _) = FuzzSync.Import(_store.Reserve, () => ProjectImport.OpenXlsx(new MemoryStream(seed), Facts));
            Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems.Select(p => p.Message)));
        }
    }

    [Fact]
    public void Fuzzed_XLSX_files_end_in_Chinese_problems_or_rows_stored_whole()
    {
        FuzzBudget.Run(150, config => Prop.ForAll(Cases(_xlsxSeeds.Length).ToArbitrary(), c =>
        {
            var file = MutateXlsx(_xlsxSeeds[c.Seed], c);
            var read = FuzzBudget.WithinLimit(() => ProjectImport.ReadXlsx(new MemoryStream(file), Facts), "reading the XLSX file");
            AssertChinese(read.Problems.Select(p => p.Message));
            var (outcome, stored) = FuzzSync.Import(_store.Reserve, () => ProjectImport.OpenXlsx(new MemoryStream(file), Facts));
            AssertWholeOrNothing(outcome, stored, read.Rows.Count);
        }).Check(config));
    }

    [Fact]
    public void Fuzzed_JSON_files_end_in_Chinese_problems_or_rows_stored_whole()
    {
        FuzzBudget.Run(200, config => Prop.ForAll(Cases(_jsonSeeds.Length).ToArbitrary(), c =>
        {
            var file = JsonMutations.Apply(_jsonSeeds[c.Seed], c.Kind, c.Ops);
            var read = FuzzBudget.WithinLimit(() => ProjectImport.ReadJson(new MemoryStream(file), Facts), "reading the JSON file");
            AssertChinese(read.Problems.Select(p => p.Message));
            var (outcome, stored) = FuzzSync.Import(_store.Reserve, () => ImportSource.FromResult(ProjectImport.ReadJson(new MemoryStream(file), Facts)));
            AssertWholeOrNothing(outcome, stored, read.Rows.Count);
        }).Check(config));
    }

    /// <summary>Which seed, which kind of mutation, and the numbers that place the edits.</summary>
    public sealed record FuzzCase(int Seed, int Kind, int Entry, int[] Ops)
    {
        public override string ToString() => $"seed {Seed}, kind {Kind}, entry {Entry}, ops [{string.Join(",", Ops)}]";
    }

    private static Gen<FuzzCase> Cases(int seeds) =>
        from seed in Gen.Choose(0, seeds - 1)
        from kind in Gen.Choose(0, 9)
        from entry in Gen.Choose(0, 1000)
        from count in Gen.Choose(1, 6)
        from ops in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
        select new FuzzCase(seed, kind, entry, ops);

    /// <summary>Mostly structure-aware (a part of the workbook edited as text, then zipped again); sometimes raw bytes.</summary>
    private static byte[] MutateXlsx(byte[] seed, FuzzCase c)
    {
        if (c.Kind >= 8)
        {
            return Mutations.Bytes(seed, c.Ops);
        }
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Kinds 0-5 edit the sheet or the shared strings (where the values are), 6-7 any part of the package.
            var parts = source.Entries.ToList();
            var candidates = c.Kind < 6 ? parts.Where(e => e.FullName.Contains("sheet1", StringComparison.Ordinal) || e.FullName.Contains("sharedStrings", StringComparison.Ordinal)).ToList() : parts;
            var chosen = candidates.Count > 0 ? candidates[c.Entry % candidates.Count] : parts[c.Entry % parts.Count];
            foreach (var entry in parts)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry == chosen)
                {
                    text = c.Kind < 3 ? ReplaceValues(text, c.Ops) : Mutations.Text(text, c.Ops);
                }
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    /// <summary>Replaces the text of cells (&lt;v&gt; and &lt;t&gt; elements) with values that break parsers, escaped as XML.</summary>
    private static string ReplaceValues(string xml, int[] ops)
    {
        foreach (var op in ops)
        {
            var matches = System.Text.RegularExpressions.Regex.Matches(xml, "<(v|t)( [^>]*)?>([^<]*)</(v|t)>");
            if (matches.Count == 0)
            {
                break;
            }
            var m = matches[op % matches.Count];
            var value = System.Security.SecurityElement.Escape(Mutations.Pick(op >> 8));
            xml = xml[..m.Groups[3].Index] + value + xml[(m.Groups[3].Index + m.Groups[3].Length)..];
        }
        return xml;
    }

    private static void AssertChinese(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Assert.True(FuzzBudget.IsChinese(message), $"a problem not written in Chinese: {message}");
        }
    }

    /// <summary>Either every row stored and no problem, or problems and nothing stored (all-or-nothing import).</summary>
    private static void AssertWholeOrNothing(ImportOutcome outcome, long storedRows, int rowsRead)
    {
        AssertChinese(outcome.Problems.Select(p => p.Message));
        if (outcome.Succeeded)
        {
            Assert.Equal(outcome.Created, storedRows);
            Assert.Equal(rowsRead, outcome.Stored);
        }
        else
        {
            Assert.Equal(0, outcome.Stored);
            Assert.Equal(0, storedRows);
        }
    }
}

/// <summary>The import run synchronously for a property (FsCheck's properties here are synchronous), with the hang limit.</summary>
internal static class FuzzSync
{
    /// <summary>The import's outcome and how many projects it added to the reserve.</summary>
    public static (ImportOutcome Outcome, long Added) Import(IProjectReserve reserve, Func<ImportSource> open) =>
        FuzzBudget.WithinLimit(() =>
        {
            var before = reserve.CountAsync(new ProjectQuery()).GetAwaiter().GetResult();
            using var source = open();
            var outcome = reserve.ImportAsync(source, "模糊测试", ImportMode.AllOrNothing).GetAwaiter().GetResult();
            var after = reserve.CountAsync(new ProjectQuery()).GetAwaiter().GetResult();
            return (outcome, (long)(after - before));
        }, "storing the import");
}
