using System.IO.Compression;
using System.Text;
using Reserve.Persistence;
using Reserve.Projects.Interchange;
using Reserve.Testing;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>
/// Imports read row by row (<see cref="ProjectImport.OpenXlsx"/>) and stored in batches, the choice between
/// storing nothing and storing the valid rows, the preview, and progress.
/// </summary>
public sealed class StreamingImportTests
{
    private static readonly IReadOnlyList<FactDescriptor> Facts = [new("builtYear", "建成年份", FactType.Integer, "年")];

    /// <summary>More rows than two storage batches, so that batching, the change tracker and the id counter are all crossed.</summary>
    private const int ManyRows = 2_345;

    private static List<ProjectRecord> Records(int count, Action<int, ProjectRecord>? change = null) =>
        [.. Enumerable.Range(1, count).Select(i =>
        {
            var record = StorageFixture.Valid($"第{i}个老旧小区改造项目");
            record.TotalInvestment = 1000m + i;
            change?.Invoke(i, record);
            return record;
        })];

    /// <summary>Records 5 and 2,000 (rows 6 and 2,001) declare more 资本金 than total investment.</summary>
    private static List<ProjectRecord> RecordsWithTwoBadRows() => Records(ManyRows, (i, r) =>
    {
        if (i is 5 or 2_000)
        {
            r.Equity = r.TotalInvestment + 1;
        }
    });

    private static MemoryStream Xlsx(IEnumerable<ProjectRecord> records)
    {
        var file = new MemoryStream();
        ProjectExport.WriteXlsx(file, records, Facts);
        file.Position = 0;
        return file;
    }

    private static async Task<ImportOutcome> ImportAsync(StorageFixture store, Stream file, ImportMode mode, IProgress<ImportProgress>? progress = null)
    {
        using var source = ProjectImport.OpenXlsx(file, Facts);
        return await store.Reserve.ImportAsync(source, "导入员", mode, progress);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_streamed_file_of_several_batches_is_stored_whole_with_ids_in_file_order(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var records = Records(ManyRows);

        var outcome = await ImportAsync(store, Xlsx(records), ImportMode.AllOrNothing);

        Assert.True(outcome.Succeeded, string.Join("；", outcome.Problems.Take(3)));
        Assert.Equal((ManyRows, 0, ManyRows), (outcome.Created, outcome.Updated, outcome.Stored));
        Assert.Equal(Enumerable.Range(1, ManyRows).Select(i => $"2027-{i:D4}"), outcome.Ids);
        Assert.Equal(ManyRows, await store.Reserve.CountAsync(new ProjectQuery()));
        var last = (await store.Reserve.FindAsync($"2027-{ManyRows:D4}"))!;
        Assert.Equal($"第{ManyRows}个老旧小区改造项目", last.Record.Name);
        Assert.Equal(1000m + ManyRows, last.Record.TotalInvestment);
        Assert.Equal(1, last.Version);
        Assert.Equal("导入", Assert.Single(await store.Reserve.AuditAsync(last.Record.Id!)).Action);
        // The counter continues after the import.
        Assert.Equal($"2027-{ManyRows + 1:D4}", (await store.Reserve.SaveAsync(StorageFixture.Valid(), null, "张三")).Saved!.Record.Id);
        Assert.Equal(ManyRows + 1, store.Observer.Seen.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task All_or_nothing_stores_nothing_and_lists_every_bad_row_by_row_and_column(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var records = RecordsWithTwoBadRows();

        var outcome = await ImportAsync(store, Xlsx(records), ImportMode.AllOrNothing);

        Assert.False(outcome.Succeeded);
        Assert.Equal(0, outcome.Stored);
        Assert.Equal([6, 2_001], outcome.SkippedRows);
        Assert.Equal([(6, "项目资本金"), (2_001, "项目资本金")], outcome.Problems.Select(p => (p.Row, p.Column)));
        Assert.Contains("超过总投资", outcome.Problems[0].Message);
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery()));
        Assert.Empty(store.Observer.Seen);
        Assert.Equal("2027-0001", (await store.Reserve.SaveAsync(StorageFixture.Valid(), null, "张三")).Saved!.Record.Id);
    }

    [Fact]
    public async Task Valid_rows_only_stores_the_others_and_names_the_skipped_rows()
    {
        await using var store = await StorageFixture.CreateAsync();
        var records = RecordsWithTwoBadRows();

        var outcome = await ImportAsync(store, Xlsx(records), ImportMode.ValidRowsOnly);

        Assert.Equal(ManyRows - 2, outcome.Stored);
        Assert.Equal([6, 2_001], outcome.SkippedRows);
        Assert.Equal(2, outcome.Problems.Count);
        Assert.Equal(ManyRows - 2, await store.Reserve.CountAsync(new ProjectQuery()));
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery(Search: "第5个老旧小区改造项目")));
        Assert.Equal(1, await store.Reserve.CountAsync(new ProjectQuery(Search: "第6个老旧小区改造项目")));
    }

    [Fact]
    public async Task A_preview_lists_each_rows_problems_before_anything_is_stored_and_then_the_valid_rows_are_taken()
    {
        await using var store = await StorageFixture.CreateAsync();
        var records = Records(4, (i, r) =>
        {
            if (i == 2)
            {
                r.Department = "";
            }
        });

        var preview = ProjectImport.ReadXlsx(Xlsx(records), Facts);
        Assert.Equal([2, 3, 4, 5], preview.Rows.Select(r => r.Row));
        Assert.Equal([3], preview.RowsWithProblems);
        Assert.Equal("第3行【主管部门】必填，不能为空", preview.Describe(Assert.Single(preview.Problems)));
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery()));

        var refused = await store.Reserve.ImportAsync(ImportSource.FromResult(preview), "导入员", ImportMode.AllOrNothing);
        Assert.Equal(0, refused.Stored);
        var taken = await store.Reserve.ImportAsync(ImportSource.FromResult(preview), "导入员", ImportMode.ValidRowsOnly);
        Assert.Equal(3, taken.Stored);
        Assert.Equal([3], taken.SkippedRows);
        Assert.Equal(["第1个老旧小区改造项目", "第3个老旧小区改造项目", "第4个老旧小区改造项目"],
            (await store.Reserve.ListAsync(new ProjectQuery())).Select(p => p.Record.Name));
    }

    [Fact]
    public async Task A_previewed_record_changed_afterwards_is_checked_again_before_it_is_stored()
    {
        await using var store = await StorageFixture.CreateAsync();
        var preview = ProjectImport.ReadXlsx(Xlsx(Records(2)), Facts);
        preview.Records[1].TotalInvestment = -1;

        var outcome = await store.Reserve.ImportAsync(ImportSource.FromResult(preview), "导入员", ImportMode.ValidRowsOnly);

        Assert.Equal(1, outcome.Stored);
        Assert.Equal((3, "总投资(totalInvestment)"), (outcome.Problems.Single().Row, outcome.Problems.Single().Column));
    }

    [Fact]
    public async Task Progress_is_reported_per_batch_up_to_every_row()
    {
        await using var store = await StorageFixture.CreateAsync();
        var reports = new List<ImportProgress>();

        var outcome = await ImportAsync(store, Xlsx(Records(ManyRows)), ImportMode.AllOrNothing, new SynchronousProgress(reports.Add));

        Assert.True(outcome.Succeeded);
        Assert.True(reports.Count >= 3, string.Join("；", reports));
        Assert.Equal(reports.Select(r => r.RowsStored).Order(), reports.Select(r => r.RowsStored));
        Assert.Equal(new ImportProgress(ManyRows, ManyRows), reports[^1]);
    }

    [Fact]
    public async Task Header_problems_refuse_the_file_unless_only_valid_rows_are_wanted()
    {
        await using var store = await StorageFixture.CreateAsync();
        var file = InterchangeFixtures.Xlsx([.. InterchangeFixtures.MinimalHeaders, "备注"], [.. InterchangeFixtures.MinimalRow(), "随便写写"]);
        var bytes = file.ToArray();

        var refused = await ImportAsync(store, new MemoryStream(bytes), ImportMode.AllOrNothing);
        Assert.Equal(0, refused.Stored);
        Assert.Equal((1, "备注"), (refused.Problems.Single().Row, refused.Problems.Single().Column));

        var taken = await ImportAsync(store, new MemoryStream(bytes), ImportMode.ValidRowsOnly);
        Assert.Equal(1, taken.Stored);
        Assert.Equal("无法识别的列“备注”，该列未导入", taken.Problems.Single().Message);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_file_that_breaks_off_stores_nothing_even_when_only_valid_rows_are_wanted(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var broken = BreakSheetAfterRow(Xlsx(Records(ManyRows)), 1_500);

        var outcome = await ImportAsync(store, broken, ImportMode.ValidRowsOnly);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((0, "文件"), (problem.Row, problem.Column));
        Assert.StartsWith("无法读取文件", problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, outcome.Stored);
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_repeated_id_is_one_problem_of_the_file_or_a_skipped_later_row(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var records = Records(3, (i, r) => r.Id = i == 3 ? "R-1" : $"R-{i}");
        var bytes = Xlsx(records).ToArray();

        var refused = await ImportAsync(store, new MemoryStream(bytes), ImportMode.AllOrNothing);
        Assert.Equal((0, "储备编号", "储备编号“R-1”在文件中出现多次"), (refused.Problems.Single().Row, refused.Problems.Single().Column, refused.Problems.Single().Message));
        Assert.Equal(0, refused.Stored);

        var taken = await ImportAsync(store, new MemoryStream(bytes), ImportMode.ValidRowsOnly);
        Assert.Equal(["R-1", "R-2"], taken.Ids);
        Assert.Equal("储备编号“R-1”与第2行相同，本行未导入", Assert.Single(taken.Problems).Message);
        Assert.Equal([4], taken.SkippedRows);
    }

    [Fact]
    public async Task Records_from_a_program_take_a_mode_and_report_progress()
    {
        await using var store = await StorageFixture.CreateAsync();
        var records = Records(3, (i, r) => r.Name = i == 2 ? "" : r.Name);
        var reports = new List<ImportProgress>();

        var outcome = await store.Reserve.ImportAsync(records, "接口", ImportMode.ValidRowsOnly, new SynchronousProgress(reports.Add));

        Assert.Equal(2, outcome.Stored);
        Assert.Equal((2, "项目名称(name)"), (outcome.Problems.Single().Row, outcome.Problems.Single().Column));
        Assert.Equal(new ImportProgress(3, 2), reports[^1]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Rows_inserted_in_bulk_hold_exactly_what_a_save_through_the_change_tracker_holds(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var record = InterchangeFixtures.FullRecord();
        record.Facts = new(StringComparer.Ordinal) { ["builtYear"] = FactValue.Of(1996) };
        record.Id = null;
        var copy = ProjectJson.Deserialize(System.Text.Json.JsonDocument.Parse(ProjectJson.Serialize(record)).RootElement)!;

        var imported = await store.Reserve.ImportAsync([record], "同一人");
        var saved = await store.Reserve.SaveAsync(copy, null, "同一人");

        Assert.True(imported.Succeeded, string.Join("；", imported.Problems));
        Assert.True(saved.Succeeded, saved.Conflict);
        var rows = await DatabaseRows.ReadAsync(store.Database, "SELECT * FROM reserve_projects ORDER BY \"Id\"");
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0].Where(c => c.Key != "Id"), rows[1].Where(c => c.Key != "Id"));
        var audit = await DatabaseRows.ReadAsync(store.Database, "SELECT * FROM reserve_audit ORDER BY \"Id\"");
        Assert.Equal(audit[0]["After"]!.ToString()!.Replace(imported.Ids[0], "ID", StringComparison.Ordinal),
            audit[1]["After"]!.ToString()!.Replace(saved.Saved!.Record.Id!, "ID", StringComparison.Ordinal));
        Assert.Equal(("导入", "创建"), (audit[0]["Action"], audit[1]["Action"]));
    }

    /// <summary>Rewrites the worksheet so that its XML stops being well formed after the given data row.</summary>
    private static MemoryStream BreakSheetAfterRow(MemoryStream file, int dataRows)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(file, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName.EndsWith("sheet1.xml", StringComparison.Ordinal))
                {
                    var cut = text.IndexOf($"<x:row r=\"{dataRows + 2}\"", StringComparison.Ordinal);
                    text = text[..cut] + "<x:row r=\"oops\"><x:c <<< broken";
                }
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        output.Position = 0;
        return output;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the tests want every report in order.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
