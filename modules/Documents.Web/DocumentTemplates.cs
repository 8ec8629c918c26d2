namespace Reserve.Documents.Web;

/// <summary>Where the host keeps its document templates: the folder (templates/) and its shared part (templates/shared).</summary>
public sealed record DocumentTemplates(string Folder)
{
    public string SharedFolder => Path.Combine(Folder, "shared");
}
