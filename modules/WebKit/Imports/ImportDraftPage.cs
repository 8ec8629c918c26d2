using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Projects;
using Reserve.WebKit.Security;

namespace Reserve.WebKit.Imports;

/// <summary>
/// What an import page with a preview does with the uploaded file, whatever it imports (projects, dispatch reports):
/// the upload is read and kept as the user's draft (<see cref="IImportDrafts"/>, 30 minutes, in the shared database)
/// while the preview is shown; the user's choice finds it again by its token, or is told it expired; importing or
/// giving up discards it.
/// </summary>
public abstract class ImportDraftPage(IImportDrafts drafts) : PageModel
{
    /// <summary>The draft of the previewed file, posted back with the user's choice.</summary>
    [BindProperty] public string? Token { get; set; }

    public string? FileName { get; protected set; }
    public string? Error { get; protected set; }

    /// <summary>Where the page is, to come back to after giving up.</summary>
    protected abstract string PagePath { get; }

    /// <summary>What the user is told after giving up (“未导入任何项目”).</summary>
    protected abstract string CancelledMessage { get; }

    /// <summary>The empty page; a page that must say at once why its user cannot import overrides it.</summary>
    public virtual Task OnGetAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Gives up the previewed file: its draft is discarded and nothing is imported.</summary>
    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (Token is not null)
        {
            await drafts.DiscardAsync(Token, User.Login(), cancellationToken);
        }
        TempData["Flash"] = CancelledMessage;
        return Redirect(PagePath);
    }

    /// <summary>The uploaded file's content (and <see cref="FileName"/>), or null with <see cref="Error"/> set to <paramref name="missing"/> when none was chosen.</summary>
    protected async Task<byte[]?> ReceiveAsync(IFormFile? file, string missing, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = missing;
            return null;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        FileName = Path.GetFileName(file.FileName);
        return buffer.ToArray();
    }

    /// <summary>Keeps the previewed file as the user's draft; <see cref="Token"/> finds it again.</summary>
    protected async Task KeepAsync(byte[] content, CancellationToken cancellationToken) =>
        Token = await drafts.KeepAsync(User.Login(), FileName ?? "", content, cancellationToken);

    /// <summary>The user's draft of <see cref="Token"/> (and its <see cref="FileName"/>), or null with <see cref="Error"/> saying it expired.</summary>
    protected async Task<ImportDraft?> DraftAsync(CancellationToken cancellationToken)
    {
        if (Token is null || await drafts.FindAsync(Token, User.Login(), cancellationToken) is not { } draft)
        {
            Error = "上传的文件已过期（30 分钟），请重新上传";
            return null;
        }
        FileName = draft.FileName;
        return draft;
    }

    /// <summary>Discards the draft once its rows are imported.</summary>
    protected Task DiscardAsync(CancellationToken cancellationToken) =>
        Token is null ? Task.CompletedTask : drafts.DiscardAsync(Token, User.Login(), cancellationToken);
}
