using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Channels;
using Reserve.Planning;

namespace Reserve.Planning.Web.Pages.Plan;

/// <summary>
/// 资金争取方案 for 发改委: each channel's expected quota in, the best allocation of the reserve out, with the
/// application timeline, the solver's proof, what greedy-by-amount would give, and 怎样才能符合; exported to XLSX.
/// Planning reads the reserve and stores nothing, so the form changes no record (no audit entry, no version).
/// </summary>
[Authorize(Policy = Policies.Review)]
internal sealed class IndexModel(ChannelCatalog catalog, PlanRunner runner, TimeProvider clock) : PageModel
{
    /// <summary>Rows shown per list on the page; the XLSX has them all.</summary>
    public const int Shown = 200;

    [BindProperty] public string? AsOf { get; set; }
    [BindProperty] public string Objective { get; set; } = "amount";
    [BindProperty] public bool WithPending { get; set; }
    [BindProperty] public bool NearMisses { get; set; } = true;
    [BindProperty] public Dictionary<string, string?> Quotas { get; set; } = [];

    public IReadOnlyList<ActiveChannel> Channels => catalog.Channels;
    public FundingPlan? Result { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => AsOf ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Read() is not { } request)
        {
            return Page();
        }
        try
        {
            Result = await runner.PlanAsync(request, cancellationToken);
        }
        catch (PlanInputException ex)
        {
            Error = ex.Message;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostXlsxAsync(CancellationToken cancellationToken)
    {
        if (Read() is not { } request)
        {
            return Page();
        }
        try
        {
            var plan = await runner.PlanAsync(request, cancellationToken);
            var stream = new MemoryStream();
            PlanWorkbook.Write(plan, stream);
            return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"资金争取方案-{plan.AsOf:yyyyMMdd}.xlsx");
        }
        catch (PlanInputException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }

    /// <summary>The request the form asks for; on a malformed field, null with <see cref="Error"/> naming it.</summary>
    private PlanRequest? Read()
    {
        if (!DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            Error = $"测算日期“{AsOf}”不是 yyyy-MM-dd 日期";
            return null;
        }
        var quotas = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (channel, text) in Quotas)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0m)
            {
                var name = catalog.Find(channel)?.Definition.Name ?? channel;
                Error = $"“{name}”的额度“{text}”应为不小于 0 的万元数（留空表示不限）";
                return null;
            }
            quotas[channel] = amount;
        }
        return new PlanRequest(asOf, quotas)
        {
            Objective = Objective == "priority" ? PlanObjective.Priority : PlanObjective.Amount,
            IncludeNeedsInformation = WithPending,
            FindNearMisses = NearMisses,
        };
    }
}
