using Reserve.Instructions.Notifications;
using Reserve.Sdk.Projects;

namespace Reserve.Instructions.Web;

/// <summary>How instructions and notifications go out over HTTP: codes and their Chinese words side by side.</summary>
internal static class InstructionJson
{
    public static object Instruction(InstructionView i) => new
    {
        id = i.Id,
        subject = new { kind = i.SubjectKind.ToString(), kindName = ZhNames<SubjectKind>.Of(i.SubjectKind), id = i.SubjectId, title = i.SubjectTitle, link = i.SubjectLink },
        text = i.Text,
        ownerDepartment = i.OwnerDepartment,
        // The department whose clerks see it: the same as the owner department, named so for lists filtered by department.
        department = i.OwnerDepartment,
        dueOn = i.DueOn.ToString("yyyy-MM-dd"),
        author = new { login = i.AuthorLogin, name = i.AuthorName },
        createdAtUtc = i.CreatedAtUtc,
        state = i.State.ToString(),
        stateName = ZhNames<InstructionState>.Of(i.State),
        overdue = i.Overdue,
        daysOverdue = i.DaysOverdue,
        closedAtUtc = i.ClosedAtUtc,
        withdrawnAtUtc = i.WithdrawnAtUtc,
        withdrawReason = i.WithdrawReason,
        editable = i.Editable,
        version = i.Version,
        answers = i.Answers.Select(a => new { id = a.Id, text = a.Text, closes = a.Closes, by = a.Name, atUtc = a.AtUtc }),
    };

    public static object Audit(InstructionAuditEntry a) => new { id = a.Id, action = a.Action, user = a.User, atUtc = a.AtUtc, before = a.Before, after = a.After };

    public static object Notification(NotificationView n) => new
    {
        id = n.Id,
        kind = n.Kind.ToString(),
        kindName = ZhNames<ReminderKind>.Of(n.Kind),
        title = n.Title,
        link = n.Link,
        createdAtUtc = n.CreatedAtUtc,
        read = !n.Unread,
        readAtUtc = n.ReadAtUtc,
    };

    public static object Page<T>(Page<T> page, int pageNumber, Func<T, object> item, string name) => new Dictionary<string, object>
    {
        ["total"] = page.Total,
        ["page"] = pageNumber,
        ["pageSize"] = page.Take,
        ["pages"] = Math.Max(1, (page.Total + page.Take - 1) / page.Take),
        [name] = page.Items.Select(item).ToList(),
    };
}
