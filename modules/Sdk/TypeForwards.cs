using System.Runtime.CompilerServices;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

// The Chinese words and formats moved to the Reserve.Text building block under their old names, so that modules
// which need only them do not depend on the plugin contract; plugins compiled against SDK 2.0 or 2.1 still find them.
[assembly: TypeForwardedTo(typeof(ZhNames<>))]
[assembly: TypeForwardedTo(typeof(ZhNameAttribute))]
[assembly: TypeForwardedTo(typeof(ZhFormat))]
