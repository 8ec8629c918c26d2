using Reserve.Channels;
using Reserve.Documents;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Rendering;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Documents.Web;

/// <summary>
/// Documents for stored projects: the command line and the HTTP API both come here, so a project, a
/// channel and a template are found, matched as of a date and rendered the same way.
/// </summary>
public sealed class DocumentService(ChannelCatalog catalog, IProjectReserve reserve, DocumentTemplates templates, TimeProvider clock)
{
    public DocumentRenderer Renderer { get; } = DocumentsModule.CreateRenderer(clock);

    public string SharedFolder => templates.SharedFolder;

    /// <summary>The request for one project's document, or a Chinese reason why there is none.</summary>
    public async Task<(DocumentRequest? Request, string? Error)> RequestAsync(
        string projectId, string channelId, string? templateId, DocumentMode mode, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var channel = catalog.Find(channelId);
        if (channel is null)
        {
            return (null, $"没有已启用的渠道“{channelId}”");
        }
        var template = templateId is null ? channel.Definition.Templates.FirstOrDefault() : channel.Definition.Templates.FirstOrDefault(t => t.Id == templateId);
        if (template is null)
        {
            return (null, templateId is null
                ? $"渠道“{channel.Definition.Name}”没有文书模板"
                : $"渠道“{channel.Definition.Name}”没有模板“{templateId}”，可用：{string.Join("、", channel.Definition.Templates.Select(t => t.Id))}");
        }
        if (await reserve.FindAsync(projectId, cancellationToken) is not { } stored)
        {
            return (null, $"没有储备编号为 {projectId} 的项目");
        }
        var date = asOf ?? Today;
        return (DocumentRequest.For(channel, template, SharedFolder, stored.Record, MatchEngine.MatchChannel(stored.Record, channel, date), mode, date), null);
    }

    /// <summary>
    /// Whether the 正式稿 of a channel's template can be made for a stored project and its stored match: null
    /// when it can, otherwise the fields still missing (or the problems that stop it), in Chinese.
    /// </summary>
    public IReadOnlyList<string>? FinalProblems(ProjectRecord project, string channelId, TemplateDescriptor template, MatchResult match, CancellationToken cancellationToken)
    {
        if (catalog.Find(channelId) is not { } channel)
        {
            return [$"没有已启用的渠道“{channelId}”"];
        }
        var result = Renderer.Render(DocumentRequest.For(channel, template, SharedFolder, project, match, DocumentMode.Final, Today), cancellationToken);
        return result.Succeeded ? null : result.MissingFields.Count > 0 ? result.MissingFields : result.Problems.Select(p => p.Reason).ToList();
    }

    /// <summary>Every template of the chosen channels (all with templates by default) for the chosen projects.</summary>
    /// <param name="skipIneligible">Leave out the channels a project does not fit (a department's pack holds only what it may apply for).</param>
    public async Task<IReadOnlyList<DocumentRequest>> BatchAsync(IReadOnlyCollection<string> projectIds, string? channelId, DocumentMode mode, DateOnly? asOf, CancellationToken cancellationToken, bool skipIneligible = false)
    {
        var date = asOf ?? Today;
        var channels = catalog.Channels.Where(c => c.Definition.Templates.Count > 0 && (channelId is null || c.Id == channelId)).ToList();
        var requests = new List<DocumentRequest>();
        await foreach (var project in Projects(projectIds, cancellationToken))
        {
            foreach (var channel in channels)
            {
                var match = MatchEngine.MatchChannel(project, channel, date);
                if (skipIneligible && match.Verdict is MatchVerdict.Ineligible or MatchVerdict.Error)
                {
                    continue;
                }
                requests.AddRange(DocumentBatch.ChannelPack(channel, SharedFolder, project, match, mode, date));
            }
        }
        return requests;
    }

    /// <summary>The most projects one 汇总表 export holds: each row is matched again with its full explanation, and the workbook is built in memory.</summary>
    public const int SummaryLimit = 10_000;

    /// <summary>
    /// The 汇总表 of a filtered list (every page of it, matched as of today), or a Chinese reason when the list holds
    /// more than <see cref="SummaryLimit"/> projects.
    /// </summary>
    public async Task<(SummaryInput? Input, string? Refusal)> SummaryAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        var total = await reserve.CountAsync(query, cancellationToken);
        if (total > SummaryLimit)
        {
            return (null, $"筛选后共 {total:#,0} 个项目，超过一次导出的上限 {SummaryLimit:#,0} 个；请增加筛选条件（部门、阶段、计划开工年度、渠道等）后分批导出");
        }
        var engine = new MatchEngine(catalog);
        var projects = new List<ProjectRecord>(total);
        var results = new List<MatchResult>();
        const int page = 1000;
        while (projects.Count < total)
        {
            var batch = await reserve.ListAsync(query with { Skip = projects.Count, Take = page }, cancellationToken);
            foreach (var stored in batch)
            {
                projects.Add(stored.Record);
                results.AddRange(engine.Match(stored.Record, Today));
            }
            if (batch.Count < page)
            {
                break;
            }
        }
        return (new SummaryInput(projects, results), null);
    }

    /// <summary>The projects of a 汇总表 with their match results as of a date.</summary>
    public async Task<SummaryInput> SummaryAsync(IReadOnlyCollection<string> projectIds, DateOnly? asOf, CancellationToken cancellationToken, string? department = null)
    {
        var engine = new MatchEngine(catalog);
        var projects = new List<ProjectRecord>();
        var results = new List<MatchResult>();
        await foreach (var project in Projects(projectIds, cancellationToken))
        {
            if (department is not null && project.Department != department)
            {
                continue;
            }
            projects.Add(project);
            results.AddRange(engine.Match(project, asOf ?? Today));
        }
        return new SummaryInput(projects, results);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async IAsyncEnumerable<ProjectRecord> Projects(IReadOnlyCollection<string> ids, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            await foreach (var project in reserve.AllAsync(cancellationToken))
            {
                yield return project;
            }
            yield break;
        }
        foreach (var id in ids)
        {
            if (await reserve.FindAsync(id, cancellationToken) is { } stored)
            {
                yield return stored.Record;
            }
        }
    }
}
