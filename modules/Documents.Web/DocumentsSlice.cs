using Reserve.Documents.Web.Jobs;
using Reserve.Jobs;
using Reserve.WebKit.Commands;
using Reserve.WebKit.Modules;

namespace Reserve.Documents.Web;

/// <summary>申报文书: the documents each channel asks for, the 汇总表, document batches and the government package.</summary>
public sealed class DocumentsSlice : IReserveModule
{
    public string Name => "Documents";

    public string Title => "申报文书";

    public void AddServices(ModuleContext context)
    {
        context.Services.AddSingleton(new DocumentTemplates(context.TemplatesFolder));
        context.Services.AddSingleton<DocumentService>();
        context.Services.AddSingleton<PackageService>();
    }

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<IJobHandler, DocumentsBatchJob>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDocumentApi();
        endpoints.MapPackageApi();
    }

    public IReadOnlyList<ModuleCommand> Commands =>
    [
        new("docs", """
              docs render|batch|summary ...    生成申报文书（DOCX/HTML）、批量打包（zip）或汇总表（XLSX）
            """,
            c => DocsCommand.RunAsync(c.Arguments, c.Get<DocumentService>(), c.Get<PackageService>(), c.Output, c.Error, c.CancellationToken),
            NeedsDatabase: ModuleCommand.Always),
    ];
}
