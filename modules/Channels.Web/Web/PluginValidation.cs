using Reserve.Channels.Validation;
using Reserve.Documents;
using Reserve.Matching.Golden;

namespace Reserve.Channels.Web;

/// <summary>The validator with every check the modules provide: golden cases (Matching) and templates (Documents).</summary>
public static class PluginValidation
{
    public static PluginValidator Validator(string sharedTemplatesFolder, TimeProvider? time = null) =>
        new([new GoldenCaseCheck(), new TemplateSandboxCheck(sharedTemplatesFolder, time)]);
}
