using Reserve.Instructions.Notifications;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>Every open instruction past its due date: to its department and to the leader who wrote it, once per instruction.</summary>
internal sealed class OverdueInstructionReminders(IInstructionService instructions) : IReminderSource
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var reminders = new List<Reminder>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await instructions.ListAsync(new InstructionQuery(Filter: InstructionFilter.Overdue, Skip: skip, Take: PageSize), cancellationToken);
            foreach (var i in page.Items)
            {
                var title = $"批示已逾期：{i.AuthorName}对“{i.SubjectTitle}”的批示应于 {i.DueOn:yyyy-MM-dd} 前由{i.OwnerDepartment}办结";
                reminders.Add(new Reminder($"instruction:{i.Id}:overdue", ReminderKind.InstructionOverdue, title, $"/instructions/{i.Id}",
                    new ReminderAudience(Department: i.OwnerDepartment, Login: i.AuthorLogin)));
            }
            if (skip + PageSize >= page.Total)
            {
                return reminders;
            }
        }
    }
}
