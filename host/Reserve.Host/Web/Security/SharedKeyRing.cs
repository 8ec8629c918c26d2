using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Reserve.Accounts;

namespace Reserve.WebKit.Security;

/// <summary>
/// Sign-in cookies and anti-forgery tokens are protected with keys kept in the shared database
/// (<see cref="IKeyRingStore"/>), not in each machine's home folder: behind a load balancer an instance accepts
/// what another one signed, and a restart on a fresh machine signs nobody out.
/// </summary>
internal static class SharedKeyRing
{
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Reserve");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new Repository(provider.GetRequiredService<IKeyRingStore>())));
        return services;
    }

    /// <summary>
    /// Makes sure the ring has a key before the first request, made by one instance only: instances starting together
    /// would otherwise each make their own, and one would refuse the other's cookies until its key ring is refreshed.
    /// </summary>
    public static async Task EnsureKeyAsync(IServiceProvider services, Reserve.Persistence.DatabaseOptions database, CancellationToken cancellationToken)
    {
        await using var gate = await Reserve.Persistence.DatabaseLock.AcquireAsync(database, "reserve:key-ring", cancellationToken);
        // The first use reads the ring from the database and adds a key when it has none.
        _ = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Reserve.KeyRing").Protect("start");
    }

    private sealed class Repository(IKeyRingStore store) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => [.. store.All().Select(XElement.Parse)];

        public void StoreElement(XElement element, string friendlyName) => store.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
