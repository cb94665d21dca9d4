using Gonghui.Features.Services;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Providers, purchases, deliveries and designated services (issue 18): inside is the high-technology union (CY-GX), outside education (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static readonly DateOnly ServiceDay = new(2025, 3, 1);

    private static ServiceProviderInput ProviderBody(long? version = null) =>
        new("矩阵社工中心", EnterpriseApiTests.NewCreditCode(), ProviderKind.SocialOrganisation, [ServiceCategory.LegalAid], "资质", "项目部", "朝阳区", true, version);

    private static Task<ServiceProviderDto> FreshProviderAsync(GonghuiApp app) =>
        app.InScopeAsync(async sp => (await sp.GetRequiredService<ServiceProviderRegistry>().SaveAsync(null, ProviderBody(), CancellationToken.None)).Value!);

    private static async Task<ServicePurchaseInput> PurchaseBodyAsync(GonghuiApp app, string unionCode, long? version = null) =>
        new(await app.UnionIdAsync(unionCode), (await FreshProviderAsync(app)).Id, "矩阵购买项目", "JZ-1", PurchaseMode.Order, ServiceCategory.LegalAid, 1000m, ServiceDay, ServiceDay,
            ServiceDay.AddMonths(6), 10, [new(null, "法律咨询 10 次", "每次 1 小时")], version);

    private static async Task<ServicePurchaseDto> FreshPurchaseAsync(GonghuiApp app, string unionCode)
    {
        var body = await PurchaseBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<ServicePurchases>().CreateAsync(body, CancellationToken.None)).Value!);
    }

    private static async Task<ServiceDeliveryInput> DeliveryBodyAsync(GonghuiApp app, string unionCode, long? version = null) =>
        new(await app.UnionIdAsync(unionCode), ServiceCategory.LegalAid, "矩阵法律咨询", ServiceDay, "服务站", ServiceRunBy.Union, null, null, 5, [], "", version);

    private static async Task<ServiceDeliveryDto> FreshDeliveryAsync(GonghuiApp app, string unionCode)
    {
        var body = await DeliveryBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<ServiceDeliveries>().CreateAsync(body, CancellationToken.None)).Value!);
    }

    private static async Task<DesignatedServiceInput> DesignatedBodyAsync(GonghuiApp app, string unionCode, long? version = null) =>
        new(await app.UnionIdAsync(unionCode), ServiceCategory.Employment, "矩阵定点服务", "", "服务站", ServiceDay, null, version);

    private static async Task<DesignatedServiceDto> FreshDesignatedAsync(GonghuiApp app, string unionCode)
    {
        var body = await DesignatedBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<DesignatedServices>().CreateAsync(body, CancellationToken.None)).Value!);
    }

    private static IEnumerable<Case> ServiceCases()
    {
        const string Providers = "/api/v1/service-providers", Purchases = "/api/v1/service-purchases", Deliveries = "/api/v1/service-deliveries", Designated = "/api/v1/designated-services";
        yield return new("list service providers", $"GET {Providers}", (_, _) => Task.FromResult(Get($"{Providers}?category=legal-aid&active=true")), OK, OK, OK, OK, Forbidden);
        yield return new("export service providers", $"GET {Providers}/export", (_, _) => Task.FromResult(Get($"{Providers}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("read service provider", $"GET {Providers}/{{id:long}}", async (a, _) => Get($"{Providers}/{(await FreshProviderAsync(a)).Id}"), OK, OK, OK, OK, Forbidden);
        yield return new("register service provider", $"POST {Providers}", (_, _) => Task.FromResult(Send(HttpMethod.Post, Providers, ProviderBody())), Created, Created, Forbidden, Forbidden, Forbidden);
        yield return new("edit service provider", $"PUT {Providers}/{{id:long}}", async (a, _) =>
            {
                var p = await FreshProviderAsync(a);
                return Send(HttpMethod.Put, $"{Providers}/{p.Id}", ProviderBody(p.Version) with { CreditCode = p.CreditCode });
            }, OK, OK, Forbidden, Forbidden, Forbidden);
        yield return new("delete service provider", $"DELETE {Providers}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Providers}/{(await FreshProviderAsync(a)).Id}"),
            NoContent, NoContent, Forbidden, Forbidden, Forbidden);
        // A provider's documents are the district's, read by every union that may buy from it.
        var providerDocs = ServiceProviderDocuments.Owner;
        yield return new("upload service provider document", $"POST {Providers}/{{id:long}}/documents", async (a, _) => Upload(providerDocs, (await FreshProviderAsync(a)).Id),
            Created, Created, Forbidden, Forbidden, Forbidden);
        yield return new("download service provider document", $"GET {Providers}/{{id:long}}/documents/{{documentId:long}}",
            async (a, _) => Get(await FreshDocumentAsync(a, providerDocs, typeof(ServiceProviderDocuments), (await FreshProviderAsync(a)).Id)), OK, OK, OK, OK, Forbidden);
        yield return new("remove service provider document", $"DELETE {Providers}/{{id:long}}/documents/{{documentId:long}}",
            async (a, _) => Send(HttpMethod.Delete, await FreshDocumentAsync(a, providerDocs, typeof(ServiceProviderDocuments), (await FreshProviderAsync(a)).Id)),
            NoContent, NoContent, Forbidden, Forbidden, Forbidden);
        yield return new("list service purchases", $"GET {Purchases}", (_, _) => Task.FromResult(Get($"{Purchases}?year=2025&mode=order")), OK, OK, OK, OK, Forbidden);
        yield return new("export service purchases", $"GET {Purchases}/export", (_, _) => Task.FromResult(Get($"{Purchases}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list service deliveries", $"GET {Deliveries}", (_, _) => Task.FromResult(Get($"{Deliveries}?year=2025&category=legal-aid")), OK, OK, OK, OK, Forbidden);
        yield return new("export service deliveries", $"GET {Deliveries}/export", (_, _) => Task.FromResult(Get($"{Deliveries}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("service coverage", $"GET {Deliveries}/coverage", (_, _) => Task.FromResult(Get($"{Deliveries}/coverage?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("list designated services", $"GET {Designated}", (_, _) => Task.FromResult(Get($"{Designated}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export designated services", $"GET {Designated}/export", (_, _) => Task.FromResult(Get($"{Designated}/export?format=csv")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            var (ok, created, noContent, read) = (inside ? OK : Forbidden, inside ? Created : Forbidden, inside ? NoContent : Forbidden, inside ? OK : NotFound);
            yield return new($"read service purchase {where}", $"GET {Purchases}/{{id:long}}", async (a, _) => Get($"{Purchases}/{(await FreshPurchaseAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"sign service purchase {where}", $"POST {Purchases}", async (a, _) => Send(HttpMethod.Post, Purchases, await PurchaseBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit service purchase {where}", $"PUT {Purchases}/{{id:long}}", async (a, _) =>
                {
                    var p = await FreshPurchaseAsync(a, union);
                    return Send(HttpMethod.Put, $"{Purchases}/{p.Id}", await PurchaseBodyAsync(a, union, p.Version) with { ProviderId = p.ProviderId, Deliverables = [new(p.Deliverables[0].Id, "法律咨询 12 次", "每次 1 小时")] });
                }, OK, OK, ok, ok, Forbidden);
            yield return new($"pay service purchase {where}", $"POST {Purchases}/{{id:long}}/payments", async (a, _) =>
                {
                    var p = await FreshPurchaseAsync(a, union);
                    return Send(HttpMethod.Post, $"{Purchases}/{p.Id}/payments", new PaymentInput(ServiceDay.AddDays(5), 100m, "矩阵", p.Version));
                }, OK, OK, ok, ok, Forbidden);
            yield return new($"accept deliverable {where}", $"POST {Purchases}/{{id:long}}/deliverables/{{deliverableId:long}}/acceptance", async (a, _) =>
                {
                    var p = await FreshPurchaseAsync(a, union);
                    return Send(HttpMethod.Post, $"{Purchases}/{p.Id}/deliverables/{p.Deliverables[0].Id}/acceptance", new AcceptanceInput(AcceptanceResult.Accepted, ServiceDay.AddDays(30), 4, "矩阵", p.Version));
                }, OK, OK, ok, ok, Forbidden);
            yield return new($"delete service purchase {where}", $"DELETE {Purchases}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Purchases}/{(await FreshPurchaseAsync(a, union)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);

            yield return new($"read service delivery {where}", $"GET {Deliveries}/{{id:long}}", async (a, _) => Get($"{Deliveries}/{(await FreshDeliveryAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"record service delivery {where}", $"POST {Deliveries}", async (a, _) => Send(HttpMethod.Post, Deliveries, await DeliveryBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit service delivery {where}", $"PUT {Deliveries}/{{id:long}}", async (a, _) =>
                {
                    var d = await FreshDeliveryAsync(a, union);
                    return Send(HttpMethod.Put, $"{Deliveries}/{d.Id}", await DeliveryBodyAsync(a, union, d.Version) with { Headcount = 8 });
                }, OK, OK, ok, ok, Forbidden);
            yield return new($"import sign-in sheet {where}", $"POST {Deliveries}/{{id:long}}/sign-in-sheet", async (a, _) =>
                {
                    var d = await FreshDeliveryAsync(a, union);
                    var csv = System.Text.Encoding.UTF8.GetBytes("姓名,身份证号\r\n矩阵来宾,\r\n");
                    return new HttpRequestMessage(HttpMethod.Post, $"{Deliveries}/{d.Id}/sign-in-sheet") { Content = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "sheet.csv" } } };
                }, OK, OK, ok, ok, Forbidden);
            yield return new($"delete service delivery {where}", $"DELETE {Deliveries}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Deliveries}/{(await FreshDeliveryAsync(a, union)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);

            yield return new($"read designated service {where}", $"GET {Designated}/{{id:long}}", async (a, _) => Get($"{Designated}/{(await FreshDesignatedAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"create designated service {where}", $"POST {Designated}", async (a, _) => Send(HttpMethod.Post, Designated, await DesignatedBodyAsync(a, union)), Created, Created, created, created, Forbidden);
            yield return new($"edit designated service {where}", $"PUT {Designated}/{{id:long}}", async (a, _) =>
                {
                    var d = await FreshDesignatedAsync(a, union);
                    return Send(HttpMethod.Put, $"{Designated}/{d.Id}", await DesignatedBodyAsync(a, union, d.Version) with { Name = "矩阵定点服务（更正）" });
                }, OK, OK, ok, ok, Forbidden);
            yield return new($"delete designated service {where}", $"DELETE {Designated}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Designated}/{(await FreshDesignatedAsync(a, union)).Id}"),
                NoContent, NoContent, noContent, noContent, Forbidden);
        }
    }
}
