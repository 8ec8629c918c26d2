namespace Reserve.Projects.Forms;

/// <summary>How a form shows a field.</summary>
public enum FormInput
{
    Text,
    LongText,
    Number,
    Date,
    /// <summary>是 / 否 / not given.</summary>
    Flag,
    /// <summary>One of <see cref="FormField.Options"/>.</summary>
    Choice,
    /// <summary>Several of <see cref="FormField.Options"/>, written separated by 、 (or 无).</summary>
    ChoiceList,
}

/// <summary>The part of the project form a field belongs to, in display order.</summary>
public enum FormSection
{
    Identity,
    Classification,
    Schedule,
    Money,
    Funding,
    Requests,
    Revenue,
    PreWork,
    Compliance,
    ChannelFacts,
}

/// <summary>
/// One field of the project form. Its name is the interchange column header, so the form, the XLSX
/// import and their problems all name a field the same way.
/// </summary>
public sealed record FormField(
    string Header,
    FormSection Section,
    FormInput Input,
    IReadOnlyList<string> Options,
    bool Required,
    string? Unit = null,
    string? Help = null,
    string? CompanionOf = null,
    string? FactKey = null)
{
    /// <summary>The label the form shows: the header with its unit, unless the header already names it (用地面积（亩）).</summary>
    public string Label => Unit is null || Header.EndsWith("（" + Unit + "）", StringComparison.Ordinal) ? Header : $"{Header}（{Unit}）";
}
