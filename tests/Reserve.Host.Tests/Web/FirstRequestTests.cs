using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Host.Composition;
using Xunit;

namespace Reserve.Host.Tests.Web;

/// <summary>The sign-in page a start requests in process before the server listens, so that the first user's request finds it compiled.</summary>
public sealed class FirstRequestTests
{
    [Fact]
    public async Task The_sign_in_page_answers_in_process_with_its_form_and_leaves_no_audit_entry()
    {
        await using var site = new ReserveWebFactory();
        using var reviewer = await site.SignedInAsync("fgw");
        var before = (await reviewer.GetJsonAsync("/api/audit")).GetProperty("total").GetInt32();

        using var page = new MemoryStream();
        var status = await FirstRequest.RunAsync(site.Services, Endpoints(site), "/login", page);

        Assert.Equal(200, status);
        var html = Encoding.UTF8.GetString(page.ToArray());
        Assert.Contains("<form", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Contains("登录", html, StringComparison.Ordinal);
        Assert.Equal(before, (await reviewer.GetJsonAsync("/api/audit")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_page_that_needs_a_signed_in_user_is_not_answered_in_process()
    {
        await using var site = new ReserveWebFactory();
        _ = site.Server;

        var status = await FirstRequest.RunAsync(site.Services, Endpoints(site), "/projects");

        // The same pipeline as the server's: the sign-in check sends an anonymous visitor to the sign-in page.
        Assert.Equal(302, status);
    }

    /// <summary>
    /// The application's own endpoint sources, as the start hands them over (the site's composite lists them once the
    /// server has started); not the composite itself, which would then list itself.
    /// </summary>
    private static List<EndpointDataSource> Endpoints(ReserveWebFactory site) =>
        [.. ((CompositeEndpointDataSource)site.Services.GetRequiredService<EndpointDataSource>()).DataSources];
}
