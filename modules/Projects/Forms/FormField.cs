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
    /// <summary>Rows of one of <see cref="FormField.Options"/> (a channel's name) with an amount each, read and written by <see cref="RequestRows"/>.</summary>
    ChannelAmounts,
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
/// import and their problems all name a field the same way. A <see cref="Percent"/> field is a ratio the record
/// stores between 0 and 1 (a fact of unit <see cref="ProjectForm.RatioUnit"/>) that people enter and read as a
/// percentage, like every other rate on the form.
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
    string? FactKey = null,
    bool Percent = false)
{
    /// <summary>The label the form shows: the header with its unit, unless the header already names it (用地面积（亩）).</summary>
    public string Label => Unit is null || Header.EndsWith("（" + Unit + "）", StringComparison.Ordinal) ? Header : $"{Header}（{Unit}）";
}
