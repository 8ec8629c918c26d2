using Microsoft.Extensions.Logging;
using Reserve.Accounts;
using Reserve.Instructions;
using Reserve.Persistence;

namespace Reserve.Demo.Instructions;

/// <summary>
/// The demo's 领导批示: a handful (at most <see cref="MaxInstructions"/>) on the demo leader's own plan projects, a deal
/// and an approval record — one open, one overdue per dashboard, one answered and closed — so that the leader's
/// list, the departments' lists and the dashboards' overdue panels each show something. The subjects are found
/// through the modules that are on; a switched-off module's kind is left out.
/// </summary>
internal sealed class InstructionsDemo(IInstructionService instructions, IEnumerable<IInstructionSubjects> subjects, IAccounts accounts, DemoSettings settings,
    ILogger<InstructionsDemo> logger)
{
    public const int MaxInstructions = 6;

    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var gate = await DatabaseLock.AcquireAsync(settings.Database, "reserve:seed-instructions", cancellationToken);
        // Checked before the subjects are searched: every later start stops here, whatever the other modules hold.
        if ((await instructions.ListAsync(new InstructionQuery(Take: 1), cancellationToken)).Items.Count > 0)
        {
            return 0;
        }
        var leader = await accounts.FindAsync("leader", cancellationToken);
        var reviewer = await accounts.FindAsync("fgw", cancellationToken);
        if (leader is null || reviewer is null)
        {
            return 0;
        }
        var byLeader = new Actor(leader.Login, $"{leader.DisplayName}（市领导）");
        var byReviewer = new Actor(reviewer.Login, $"{reviewer.DisplayName}（发改委审核员）");
        var demo = new List<DemoInstruction>();
        if (Source(SubjectKind.PlanProject) is { } plans)
        {
            var own = await plans.SearchAsync(null, leader.DisplayName, 3, cancellationToken);
            var texts = new (string Text, int DueInDays, string? Answer)[]
            {
                ("请倒排工期、挂图作战，确保本月底前实现开工，每周报告进展。", 10, null),
                ("征地拆迁问题拖延已久，请责任部门牵头协调自然资源局，限期解决并书面报告。", -4, null),
                ("请加快资金拨付进度，及时足额支付进度款。", 5, "已协调财政局拨付进度款 1200 万元，项目资金已到位。"),
            };
            demo.AddRange(own.Zip(texts, (s, t) => new DemoInstruction(s, t.Text, s.Department, t.DueInDays, byLeader, t.Answer)));
        }
        if (Source(SubjectKind.Deal) is { } deals && (await deals.SearchAsync(null, null, 1, cancellationToken)).FirstOrDefault() is { } deal)
        {
            demo.Add(new DemoInstruction(deal, "请跟踪该项目签约后的履约情况，推动尽快开工建设。", deal.Department, -2, byReviewer, null));
        }
        if (Source(SubjectKind.Approval) is { } records && (await records.SearchAsync(null, null, 1, cancellationToken)).FirstOrDefault() is { } record)
        {
            demo.Add(new DemoInstruction(record, "请压缩审批时限，实行并联审批，尽早办结。", record.Department, -1, byReviewer, null));
        }
        var added = await instructions.SeedDemoAsync(demo.Take(MaxInstructions).ToList(), cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("已生成领导批示演示数据 {Count} 条", added);
        }
        return added;
    }

    private IInstructionSubjects? Source(SubjectKind kind) => subjects.FirstOrDefault(s => s.Kind == kind);
}
