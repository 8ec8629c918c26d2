using System.Net;

namespace Reserve.Host.Web.Operations;

/// <summary>
/// Who may read <c>/metrics</c>: loopback always, and the networks (CIDR, such as <c>10.20.0.0/16</c>) listed in
/// <c>Reserve:Metrics:AllowedNetworks</c> (an array, or one string separated by commas). Metrics tell how busy each
/// department is; they are not for the public.
/// </summary>
internal sealed class MetricsAccess(IReadOnlyList<IPNetwork> networks)
{
    public IReadOnlyList<IPNetwork> Networks => networks;

    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }
        if (IPAddress.IsLoopback(address))
        {
            return true;
        }
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(plain));
    }

    /// <exception cref="ArgumentException">A network that is no CIDR, named in Chinese (the start stops on it).</exception>
    public static MetricsAccess From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Reserve:Metrics:AllowedNetworks");
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "").ToList();
        var networks = new List<IPNetwork>();
        foreach (var text in values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!IPNetwork.TryParse(text, out var network))
            {
                throw new ArgumentException($"配置 Reserve:Metrics:AllowedNetworks 中的“{text}”不是网段（应写作 10.20.0.0/16 这样的 CIDR）");
            }
            networks.Add(network);
        }
        return new MetricsAccess(networks);
    }
}
