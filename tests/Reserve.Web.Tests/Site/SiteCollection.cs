using Reserve.Web.Tests.Browser;
using Xunit;

namespace Reserve.Web.Tests.Site;

/// <summary>Every test class of this project shares one host process (and one browser): starting the host takes tens of seconds.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<ReserveSite>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "site";
}
