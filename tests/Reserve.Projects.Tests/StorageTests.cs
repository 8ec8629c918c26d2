using Microsoft.Data.Sqlite;
using Reserve.Persistence;
using Reserve.Testing;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Xunit;

namespace Reserve.Projects.Tests;

public sealed class StorageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_new_project_gets_next_years_id_version_one_and_an_audit_entry(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);

        var outcome = await store.Reserve.SaveAsync(StorageFixture.Valid(), null, "张三");

        Assert.True(outcome.Succeeded, outcome.Conflict);
        Assert.Equal("2027-0001", outcome.Saved!.Record.Id);
        Assert.Equal(1, outcome.Saved.Version);
        var audit = Assert.Single(await store.Reserve.AuditAsync("2027-0001"));
        Assert.Equal(("创建", "张三"), (audit.Action, audit.User));
        Assert.Null(audit.Before);
        Assert.Contains("雄关区老旧小区改造项目", audit.After);
        Assert.Equal(["2027-0001"], store.Observer.Seen);
        Assert.Equal("2027-0002", (await store.Reserve.SaveAsync(StorageFixture.Valid("第二个项目"), null, "张三")).Saved!.Record.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Every_field_survives_the_round_trip_through_the_database(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var record = StorageFixture.Valid();
        record.Tags = ["新型城镇化"];
        record.NegativeList = [NegativeListItem.OfficeBuildings];
        record.Requests = [new ChannelRequest { Channel = "old-communities", Amount = 960m }];
        record.PlannedStart = new DateOnly(2027, 3, 1);
        record.CoverageRatio = 1.15m;
        record.Dishonest = false;

        var id = (await store.Reserve.SaveAsync(record, null, "张三")).Saved!.Record.Id!;
        var loaded = (await store.Reserve.FindAsync(id))!.Record;

        Assert.Equal(Reserve.Projects.Interchange.ProjectJson.Serialize(record), Reserve.Projects.Interchange.ProjectJson.Serialize(loaded));
        Assert.Equal(1996, loaded.Facts["builtYear"].Number);
        Assert.Equal(PreWorkStatus.Completed, Assert.Single(loaded.PreWork).Status);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Two_new_one_major_tags_are_computed_on_save_and_typed_tags_are_kept(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var record = StorageFixture.Valid();
        record.Tags = ["十大生态产业-文旅康养", "重大工程-交通（系统）"];

        var saved = (await store.Reserve.SaveAsync(record, null, "张三")).Saved!;

        Assert.Equal(["十大生态产业-文旅康养", "新型城镇化（系统）"], saved.Record.Tags);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_nothing_is_lost(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var saved = (await store.Reserve.SaveAsync(StorageFixture.Valid(), null, "张三")).Saved!;

        var first = (await store.Reserve.FindAsync(saved.Record.Id!))!;
        var second = (await store.Reserve.FindAsync(saved.Record.Id!))!;
        first.Record.TotalInvestment = 4000m;
        second.Record.TotalInvestment = 5000m;

        var ok = await store.Reserve.SaveAsync(first.Record, first.Version, "张三");
        var refused = await store.Reserve.SaveAsync(second.Record, second.Version, "李四");

        Assert.True(ok.Succeeded);
        Assert.Equal(2, ok.Saved!.Version);
        Assert.False(refused.Succeeded);
        Assert.Contains("保存被拒绝", refused.Conflict);
        Assert.Contains("张三", refused.Conflict);
        Assert.Equal(4000m, (await store.Reserve.FindAsync(saved.Record.Id!))!.Record.TotalInvestment);
        var audit = await store.Reserve.AuditAsync(saved.Record.Id!);
        Assert.Equal(["创建", "修改"], audit.Select(a => a.Action));
        Assert.Contains("\"totalInvestment\":3200", audit[1].Before);
        Assert.Contains("\"totalInvestment\":4000", audit[1].After);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_invalid_record_is_refused_with_chinese_problems_and_not_stored(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var record = StorageFixture.Valid();
        record.TotalInvestment = -5m;

        var outcome = await store.Reserve.SaveAsync(record, null, "张三");

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.Column.Contains("总投资"));
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery()));
        Assert.Empty(store.Observer.Seen);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task A_record_with_a_nul_character_is_refused_in_chinese_rather_than_failing_in_the_database(DatabaseProvider provider)
    {
        // PostgreSQL refuses U+0000 in text (22021), which used to surface as an error instead of a problem.
        await using var store = await StorageFixture.CreateAsync(provider);
        var record = StorageFixture.Valid("雄关区老旧小区\u0000改造项目");

        var outcome = await store.Reserve.SaveAsync(record, null, "张三");

        Assert.False(outcome.Succeeded);
        Assert.Equal(("项目名称(name)", "含有看不见的控制字符（U+0000），请删除后重新填写"), (Assert.Single(outcome.Problems).Column, outcome.Problems[0].Message));
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task An_import_with_one_bad_record_stores_nothing(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var bad = StorageFixture.Valid("坏");
        bad.Equity = 99999m;

        var outcome = await store.Reserve.ImportAsync([StorageFixture.Valid("甲项目"), bad, StorageFixture.Valid("丙项目")], "导入员");

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.Row == 2);
        Assert.Equal(0, await store.Reserve.CountAsync(new ProjectQuery()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Reimporting_a_record_with_its_id_updates_rather_than_duplicates(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var first = await store.Reserve.ImportAsync([StorageFixture.Valid("甲项目"), StorageFixture.Valid("乙项目")], "导入员");
        Assert.Equal((2, 0), (first.Created, first.Updated));

        var again = StorageFixture.Valid("甲项目（修订）");
        again.Id = first.Ids[0];
        var second = await store.Reserve.ImportAsync([again, StorageFixture.Valid("丙项目")], "导入员");

        Assert.Equal((1, 1), (second.Created, second.Updated));
        Assert.Equal(3, await store.Reserve.CountAsync(new ProjectQuery()));
        Assert.Equal("甲项目（修订）", (await store.Reserve.FindAsync(first.Ids[0]))!.Record.Name);
        Assert.Equal(2, (await store.Reserve.FindAsync(first.Ids[0]))!.Version);
        Assert.Equal("2027-0003", second.Ids[1]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Lists_filter_by_department_field_stage_and_text_and_page(DatabaseProvider provider)
    {
        await using var store = await StorageFixture.CreateAsync(provider);
        var transport = StorageFixture.Valid("S215线公路改造工程");
        transport.Department = "交通运输局";
        transport.Field = ProjectField.Transport;
        transport.Facts.Clear();
        await store.Reserve.ImportAsync([StorageFixture.Valid("甲小区改造"), StorageFixture.Valid("乙小区改造"), transport], "导入员");

        Assert.Equal(2, await store.Reserve.CountAsync(new ProjectQuery(Department: "住建局")));
        Assert.Equal(1, await store.Reserve.CountAsync(new ProjectQuery(Field: "交通")));
        Assert.Equal(3, await store.Reserve.CountAsync(new ProjectQuery(Stage: "前期")));
        Assert.Equal("乙小区改造", Assert.Single(await store.Reserve.ListAsync(new ProjectQuery(Search: "乙"))).Record.Name);
        Assert.Equal(["2027-0002"], (await store.Reserve.ListAsync(new ProjectQuery(Skip: 1, Take: 1))).Select(p => p.Record.Id));
    }

    [Fact]
    public async Task The_sqlite_schema_comes_from_migrations_with_the_modules_own_history_table()
    {
        await using var store = await StorageFixture.CreateAsync();
        await using var connection = (SqliteConnection)await store.Database.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        Assert.Contains("__reserve_migrations", tables);
        Assert.Contains("reserve_projects", tables);
        Assert.Contains("reserve_audit", tables);
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
