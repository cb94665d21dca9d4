using Gonghui.Tests.Infrastructure;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>The directory (issue 19): unions' listings kept by their staff (inside the high-technology union, outside education); the public directory open to all.</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static IEnumerable<Case> PortalCases()
    {
        const string Listings = "/api/v1/union-listings", Directory = "/api/v1/public/directory";
        yield return new("list union listings", $"GET {Listings}", (_, _) => Task.FromResult(Get($"{Listings}?incomplete=true&q=工会")), OK, OK, OK, OK, Forbidden);
        yield return new("export union listings", $"GET {Listings}/export", (_, _) => Task.FromResult(Get($"{Listings}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX-001"), ("outside", "CY-JY-001") })
        {
            var inside = union == "CY-GX-001";
            yield return new($"read union listing {where}", $"GET {Listings}/{{unionId:long}}", async (a, _) => Get($"{Listings}/{await a.UnionIdAsync(union)}"),
                OK, OK, inside ? OK : NotFound, inside ? OK : NotFound, Forbidden);
            yield return new($"update union listing {where}", $"PUT {Listings}/{{unionId:long}}", async (a, _) =>
                {
                    var id = await a.UnionIdAsync(union);
                    var version = await a.DbAsync(db => Task.FromResult(db.Set<Gonghui.Features.Portal.UnionListing>().Where(l => l.UnionId == id).Select(l => (long?)l.Version).FirstOrDefault()));
                    return Send(HttpMethod.Put, $"{Listings}/{id}", new Gonghui.Features.Portal.UnionListingInput(true, false, "工作日", "法律咨询", version));
                }, OK, OK, inside ? OK : Forbidden, inside ? OK : Forbidden, Forbidden);
        }

        // The public directory answers everyone alike, signed in or not (the last column: no one signed in).
        yield return new("search the directory", $"GET {Directory}", (_, _) => Task.FromResult(Get($"{Directory}?sector=high-technology")), OK, OK, OK, OK, OK, OK);
        yield return new("list the directory's areas", $"GET {Directory}/areas", (_, _) => Task.FromResult(Get($"{Directory}/areas")), OK, OK, OK, OK, OK, OK);
        yield return new("read a directory entry", $"GET {Directory}/{{id}}", async (a, _) => Get($"{Directory}/{await a.UnionIdAsync("CY-JY-001")}"), OK, OK, OK, OK, OK, OK);
    }
}
