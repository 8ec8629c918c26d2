namespace Reserve.Instructions;

/// <summary>What an instruction and an answer must carry; every problem names the field as the form labels it.</summary>
internal static class InstructionRules
{
    public const int TextLength = 2000;

    /// <summary>A 督办 runs for at most a year: a later date is almost always a typing slip.</summary>
    public const int LongestTermDays = 366;

    public const int ReasonLength = 500;

    /// <summary>
    /// <paramref name="keptDue"/>: on an edit, the date already stored may stay even when it has passed (the leader
    /// corrects the text of an overdue instruction without being made to move its date).
    /// </summary>
    public static List<Problem> Check(InstructionDraft draft, IReadOnlyCollection<string> departments, DateOnly today, DateOnly? keptDue = null)
    {
        var problems = new List<Problem>();
        var text = draft.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(new Problem("批示内容", "请填写批示内容"));
        }
        else if (text.Length > TextLength)
        {
            problems.Add(new Problem("批示内容", $"不能超过 {TextLength} 字（现为 {text.Length} 字）"));
        }
        var department = draft.OwnerDepartment?.Trim() ?? "";
        if (department.Length == 0)
        {
            problems.Add(new Problem("责任部门", "请选择责任部门"));
        }
        else if (!departments.Contains(department))
        {
            problems.Add(new Problem("责任部门", $"“{department}”不是系统中的部门"));
        }
        if (draft.DueOn is not { } due)
        {
            problems.Add(new Problem("办理时限", "请填写办理时限（yyyy-MM-dd）"));
        }
        else if (due < today && due != keptDue)
        {
            problems.Add(new Problem("办理时限", $"{due:yyyy-MM-dd} 早于今天（{today:yyyy-MM-dd}）"));
        }
        else if (due.DayNumber - today.DayNumber > LongestTermDays)
        {
            problems.Add(new Problem("办理时限", $"{due:yyyy-MM-dd} 距今超过一年，请核对"));
        }
        return problems;
    }

    public static List<Problem> Check(AnswerDraft draft)
    {
        var text = draft.Text?.Trim() ?? "";
        return text.Length switch
        {
            0 => [new Problem("答复内容", "请填写答复内容")],
            > TextLength => [new Problem("答复内容", $"不能超过 {TextLength} 字（现为 {text.Length} 字）")],
            _ => [],
        };
    }

    public static List<Problem> CheckReason(string? reason)
    {
        var text = reason?.Trim() ?? "";
        return text.Length switch
        {
            0 => [new Problem("撤回理由", "请填写撤回理由")],
            > ReasonLength => [new Problem("撤回理由", $"不能超过 {ReasonLength} 字（现为 {text.Length} 字）")],
            _ => [],
        };
    }
}
