namespace Reserve.Projects.Web.Explanations;

/// <summary>
/// Which policy links a clerk is shown: only the issuing authorities' own sites — the State Council's www.gov.cn, the
/// national ministries whose documents the channels rest on, and Gansu's provincial government and departments.
/// A repost on another city's portal, a news or commercial site, a forum or a mirror is left unlinked (the citation
/// still names the document); those addresses stay in the plugin's data for its maintainers.
/// </summary>
public static class OfficialSites
{
    // The issuing authorities of the documents the channels cite: 国务院 (gov.cn), 国家发展改革委, 财政部, 住房城乡建设部,
    // 水利部, 交通运输部, 国家能源局, 农业农村部, 工业和信息化部, 商务部, 自然资源部, 生态环境部, 应急管理部,
    // 国家粮食和物资储备局, 中国人民银行, 国家金融监督管理总局; and the province (甘肃省人民政府 and its departments).
    private static readonly string[] Authorities =
    [
        "www.gov.cn", "ndrc.gov.cn", "mof.gov.cn", "mohurd.gov.cn", "mwr.gov.cn", "mot.gov.cn", "nea.gov.cn", "moa.gov.cn",
        "miit.gov.cn", "mofcom.gov.cn", "mnr.gov.cn", "mee.gov.cn", "mem.gov.cn", "lswz.gov.cn", "pbc.gov.cn", "nfra.gov.cn",
        "gansu.gov.cn",
    ];

    /// <summary>The address when it is an issuing authority's own page over http(s); null otherwise.</summary>
    public static string? Link(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }
        var host = uri.IdnHost.ToLowerInvariant();
        return Authorities.Any(a => host == a || host.EndsWith("." + a, StringComparison.Ordinal) || (a == "www.gov.cn" && host == "gov.cn"))
            ? uri.AbsoluteUri
            : null;
    }
}
