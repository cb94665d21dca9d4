using System.Net;
using System.Net.Http.Json;
using Gonghui.Features.Demo;
using Gonghui.Features.Organisation;
using Gonghui.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>
/// Every API endpoint, for every role and for anonymous callers, inside and outside the caller's scope.
/// The union roles are bound to the high-technology union (CY-GX); "outside" is the education union (CY-JY).
/// </summary>
public abstract partial class AuthorizationMatrixTests(GonghuiApp app)
{
    public const string Anonymous = "anonymous";

    // Role → demo login.
    private static readonly Dictionary<string, string> Logins = new()
    {
        ["district-admin"] = "admin",
        ["district-staff"] = "district-staff",
        ["union-admin"] = "hitech-admin",
        ["union-staff"] = "hitech-staff",
        ["auditor"] = "auditor",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Matrix)
        {
            foreach (var role in Logins.Keys.Append(Anonymous))
            {
                data.Add(c.Name, role);
            }
        }

        return data;
    }

    private sealed record Case(string Name, string Endpoint, Func<GonghuiApp, string, Task<HttpRequestMessage>> Request, HttpStatusCode Da, HttpStatusCode Ds, HttpStatusCode Ua, HttpStatusCode Us, HttpStatusCode Au,
        HttpStatusCode An = Unauthorized)
    {
        public HttpStatusCode Expected(string role) => role switch
        {
            "district-admin" => Da,
            "district-staff" => Ds,
            "union-admin" => Ua,
            "union-staff" => Us,
            "auditor" => Au,
            _ => An,
        };
    }

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json.Options) };

    private static async Task<Union> FreshUnionAsync(GonghuiApp app, string parentCode, string role) =>
        await app.InScopeAsync(async sp =>
        {
            var parent = await app.UnionIdAsync(parentCode);
            var created = await sp.GetRequiredService<CreateUnion>().HandleAsync(new UnionInput
            {
                Code = $"M{Guid.NewGuid():N}"[..20],
                Name = $"矩阵测试工会 {role}",
                Kind = UnionKind.GrassrootsUnion,
                ParentId = parent,
            }, CancellationToken.None);
            return new Union { Id = created.Value!.Id, Code = created.Value.Code, Name = created.Value.Name, Version = created.Value.Version, ParentId = parent };
        });

    private static object UnionBody(Union u, string name) =>
        new { code = u.Code, name, kind = "grassroots-union", parentId = u.ParentId, version = u.Version };

    private static async Task<string> FreshStaffAsync(GonghuiApp app, string unionCode) =>
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<Gonghui.Features.Accounts.CreateUser>().HandleAsync(new Gonghui.Features.Accounts.UserInput
            {
                Login = $"m{Guid.NewGuid():N}"[..16],
                DisplayName = "矩阵",
                Role = "union-staff",
                UnionId = await app.UnionIdAsync(unionCode),
                Password = SeedDemo.DemoPassword,
            }, CancellationToken.None);
            return created.Value!.Id;
        });

    private static async Task<long> FreshEnterpriseAsync(GonghuiApp app, string? unionCode) =>
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<Gonghui.Features.Enterprises.CreateEnterprise>().HandleAsync(new Gonghui.Features.Enterprises.EnterpriseInput
            {
                Name = "矩阵测试企业",
                CreditCode = EnterpriseApiTests.NewCreditCode(),
                IndustrySection = "C",
                UnionId = unionCode is null ? null : await app.UnionIdAsync(unionCode),
            }, CancellationToken.None);
            return created.Value!.Id;
        });

    private static object EnterpriseBody(long? unionId, long version = 1) =>
        new { name = "矩阵测试企业", creditCode = EnterpriseApiTests.NewCreditCode(), industrySection = "C", unionId, version };

    private static async Task<long> FreshMemberAsync(GonghuiApp app, string unionCode) =>
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<Gonghui.Features.Members.CreateMember>().HandleAsync(new Gonghui.Features.Members.MemberInput
            {
                Name = "矩阵会员",
                IdNumber = MemberApiTests.NewIdNumber(),
                UnionId = await app.UnionIdAsync(unionCode),
            }, CancellationToken.None);
            return created.Value?.Id ?? throw new InvalidOperationException($"no member: {created.Kind} {created.Errors?.Summary} {created.Detail}");
        });

    private static object MemberBody(long unionId) => new { name = "矩阵会员", idNumber = MemberApiTests.NewIdNumber(), unionId, version = 1 };

    private static async Task<HttpRequestMessage> EditMemberAsync(GonghuiApp app, string unionCode)
    {
        var id = await FreshMemberAsync(app, unionCode);
        return Send(HttpMethod.Put, $"/api/v1/members/{id}", MemberBody(await app.UnionIdAsync(unionCode)));
    }

    private static async Task<long> FreshImportAsync(GonghuiApp app, string unionCode) =>
        await app.InScopeAsync(async sp =>
        {
            using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("姓名,身份证号\r\n矩阵," + MemberApiTests.NewIdNumber() + "\r\n"));
            var job = await sp.GetRequiredService<Gonghui.Features.Imports.StartImport>().HandleAsync(
                new Gonghui.Features.Imports.StartImport.Request("members", await app.UnionIdAsync(unionCode), null, true, null), "matrix.csv", content, CancellationToken.None);
            return job.Value!.Id;
        });

    private static async Task<HttpRequestMessage> UploadAsync(GonghuiApp app, string unionCode)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("姓名,身份证号\r\n矩阵," + MemberApiTests.NewIdNumber() + "\r\n")), "file", "matrix.csv" },
            { new StringContent("members"), "kind" },
            { new StringContent((await app.UnionIdAsync(unionCode)).ToString(System.Globalization.CultureInfo.InvariantCulture)), "unionId" },
            { new StringContent("true"), "dryRun" },
        };
        return new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = form };
    }

    private static async Task<long> FreshOfficerAsync(GonghuiApp app, string unionCode) =>
        await app.InScopeAsync(async sp =>
        {
            var created = await sp.GetRequiredService<Gonghui.Features.Officers.CreateOfficer>().HandleAsync(new Gonghui.Features.Officers.OfficerInput
            {
                UnionId = await app.UnionIdAsync(unionCode), Name = "矩阵干事", Post = "干事", StartOn = new DateOnly(2024, 1, 1),
            }, CancellationToken.None);
            return created.Value!.Id;
        });

    private static async Task<string> FreshPostingAsync(GonghuiApp app, string unionCode)
    {
        var officer = await FreshOfficerAsync(app, unionCode);
        return await app.InScopeAsync(async sp =>
        {
            var added = await sp.GetRequiredService<Gonghui.Features.Officers.AddOfficerPosting>().HandleAsync(officer,
                new Gonghui.Features.Officers.AddOfficerPosting.Request(Gonghui.Features.Officers.PostingKind.Training, new DateOnly(2025, 5, 1), null, "培训"), CancellationToken.None);
            return $"/api/v1/officers/{officer}/postings/{added.Value!.Postings[0].Id}";
        });
    }

    private static async Task<object> OfficerBodyAsync(GonghuiApp app, string unionCode) =>
        new { unionId = await app.UnionIdAsync(unionCode), name = "矩阵干事", post = "干事", startOn = "2024-01-01", version = 1 };

    private static readonly Case[] Matrix =
    [
        new("list officers", "GET /api/v1/officers", (_, _) => Task.FromResult(Get("/api/v1/officers")), OK, OK, OK, OK, Forbidden),
        new("export officers", "GET /api/v1/officers/export", (_, _) => Task.FromResult(Get("/api/v1/officers/export?format=csv")), OK, OK, OK, OK, Forbidden),
        new("staffing", "GET /api/v1/officers/staffing", (_, _) => Task.FromResult(Get("/api/v1/officers/staffing")), OK, OK, OK, OK, Forbidden),
        new("read officer inside", "GET /api/v1/officers/{id:long}", async (a, _) => Get($"/api/v1/officers/{await FreshOfficerAsync(a, "CY-GX")}"), OK, OK, OK, OK, Forbidden),
        new("read officer outside", "GET /api/v1/officers/{id:long}", async (a, _) => Get($"/api/v1/officers/{await FreshOfficerAsync(a, "CY-JY")}"), OK, OK, NotFound, NotFound, Forbidden),
        new("create officer inside", "POST /api/v1/officers", async (a, _) => Send(HttpMethod.Post, "/api/v1/officers", await OfficerBodyAsync(a, "CY-GX")), Created, Created, Created, Created, Forbidden),
        new("create officer outside", "POST /api/v1/officers", async (a, _) => Send(HttpMethod.Post, "/api/v1/officers", await OfficerBodyAsync(a, "CY-JY")), Created, Created, Forbidden, Forbidden, Forbidden),
        new("edit officer inside", "PUT /api/v1/officers/{id:long}", async (a, _) => Send(HttpMethod.Put, $"/api/v1/officers/{await FreshOfficerAsync(a, "CY-GX")}", await OfficerBodyAsync(a, "CY-GX")), OK, OK, OK, OK, Forbidden),
        new("edit officer outside", "PUT /api/v1/officers/{id:long}", async (a, _) => Send(HttpMethod.Put, $"/api/v1/officers/{await FreshOfficerAsync(a, "CY-JY")}", await OfficerBodyAsync(a, "CY-JY")), OK, OK, Forbidden, Forbidden, Forbidden),
        new("delete officer inside", "DELETE /api/v1/officers/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/officers/{await FreshOfficerAsync(a, "CY-GX")}"), NoContent, NoContent, NoContent, NoContent, Forbidden),
        new("delete officer outside", "DELETE /api/v1/officers/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/officers/{await FreshOfficerAsync(a, "CY-JY")}"), NoContent, NoContent, Forbidden, Forbidden, Forbidden),
        new("remove officer posting inside", "DELETE /api/v1/officers/{id:long}/postings/{postingId:long}", async (a, _) => Send(HttpMethod.Delete, await FreshPostingAsync(a, "CY-GX")), NoContent, NoContent, NoContent, NoContent, Forbidden),
        new("remove officer posting outside", "DELETE /api/v1/officers/{id:long}/postings/{postingId:long}", async (a, _) => Send(HttpMethod.Delete, await FreshPostingAsync(a, "CY-JY")), NoContent, NoContent, Forbidden, Forbidden, Forbidden),
        new("officer posting inside", "POST /api/v1/officers/{id:long}/postings", async (a, _) => Send(HttpMethod.Post, $"/api/v1/officers/{await FreshOfficerAsync(a, "CY-GX")}/postings", new { kind = "training", startOn = "2025-05-01", description = "区总工会干部培训班" }), Created, Created, Created, Created, Forbidden),
        new("officer posting outside", "POST /api/v1/officers/{id:long}/postings", async (a, _) => Send(HttpMethod.Post, $"/api/v1/officers/{await FreshOfficerAsync(a, "CY-JY")}/postings", new { kind = "training", startOn = "2025-05-01", description = "区总工会干部培训班" }), Created, Created, Forbidden, Forbidden, Forbidden),
        new("list imports", "GET /api/v1/imports", (_, _) => Task.FromResult(Get("/api/v1/imports")), OK, OK, OK, OK, Forbidden),
        new("import template", "GET /api/v1/imports/templates/{kind}", (_, _) => Task.FromResult(Get("/api/v1/imports/templates/enterprises")), OK, OK, OK, OK, Forbidden),
        new("start import inside", "POST /api/v1/imports", async (a, _) => await UploadAsync(a, "CY-GX-001"), Accepted, Accepted, Accepted, Accepted, Forbidden),
        new("start import outside", "POST /api/v1/imports", async (a, _) => await UploadAsync(a, "CY-JY-001"), Accepted, Accepted, Forbidden, Forbidden, Forbidden),
        new("read import inside", "GET /api/v1/imports/{id:long}", async (a, _) => Get($"/api/v1/imports/{await FreshImportAsync(a, "CY-GX-001")}"), OK, OK, OK, OK, Forbidden),
        new("read import outside", "GET /api/v1/imports/{id:long}", async (a, _) => Get($"/api/v1/imports/{await FreshImportAsync(a, "CY-JY-001")}"), OK, OK, NotFound, NotFound, Forbidden),
        new("import errors inside", "GET /api/v1/imports/{id:long}/errors", async (a, _) => Get($"/api/v1/imports/{await FreshImportAsync(a, "CY-GX-001")}/errors"), OK, OK, OK, OK, Forbidden),
        new("import errors outside", "GET /api/v1/imports/{id:long}/errors", async (a, _) => Get($"/api/v1/imports/{await FreshImportAsync(a, "CY-JY-001")}/errors"), OK, OK, NotFound, NotFound, Forbidden),
        new("import error rows inside", "GET /api/v1/imports/{id:long}/errors/rows", async (a, _) => Get($"/api/v1/imports/{await FreshImportAsync(a, "CY-GX-001")}/errors/rows"), OK, OK, OK, OK, Forbidden),
        new("import error rows outside", "GET /api/v1/imports/{id:long}/errors/rows", async (a, _) => Get($"/api/v1/imports/{await FreshImportAsync(a, "CY-JY-001")}/errors/rows"), OK, OK, NotFound, NotFound, Forbidden),
        new("list members", "GET /api/v1/members", (_, _) => Task.FromResult(Get("/api/v1/members")), OK, OK, OK, OK, Forbidden),
        new("list members revealed", "GET /api/v1/members", (_, _) => Task.FromResult(Get("/api/v1/members?reveal=true&pageSize=5")), OK, Forbidden, OK, Forbidden, Forbidden),
        new("search members by number", "POST /api/v1/members/search", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/members/search", new { q = "13800138000" })), OK, OK, OK, OK, Forbidden),
        new("search members revealed", "POST /api/v1/members/search", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/members/search", new { q = "王", reveal = true, pageSize = 5 })), OK, Forbidden, OK, Forbidden, Forbidden),
        new("export members", "GET /api/v1/members/export", (_, _) => Task.FromResult(Get("/api/v1/members/export?format=csv&q=矩阵")), OK, OK, OK, OK, Forbidden),
        new("export members revealed", "GET /api/v1/members/export", (_, _) => Task.FromResult(Get("/api/v1/members/export?format=csv&q=矩阵&reveal=true")), OK, Forbidden, OK, Forbidden, Forbidden),
        new("read member inside", "GET /api/v1/members/{id:long}", async (a, _) => Get($"/api/v1/members/{await FreshMemberAsync(a, "CY-GX-001")}"), OK, OK, OK, OK, Forbidden),
        new("read member outside", "GET /api/v1/members/{id:long}", async (a, _) => Get($"/api/v1/members/{await FreshMemberAsync(a, "CY-JY-001")}"), OK, OK, NotFound, NotFound, Forbidden),
        new("reveal member inside", "GET /api/v1/members/{id:long}", async (a, _) => Get($"/api/v1/members/{await FreshMemberAsync(a, "CY-GX-001")}?reveal=true"), OK, Forbidden, OK, Forbidden, Forbidden),
        new("reveal member outside", "GET /api/v1/members/{id:long}", async (a, _) => Get($"/api/v1/members/{await FreshMemberAsync(a, "CY-JY-001")}?reveal=true"), OK, Forbidden, NotFound, NotFound, Forbidden),
        new("create member inside", "POST /api/v1/members", async (a, _) => Send(HttpMethod.Post, "/api/v1/members", MemberBody(await a.UnionIdAsync("CY-GX-002"))), Created, Created, Created, Created, Forbidden),
        new("create member outside", "POST /api/v1/members", async (a, _) => Send(HttpMethod.Post, "/api/v1/members", MemberBody(await a.UnionIdAsync("CY-JY-002"))), Created, Created, Forbidden, Forbidden, Forbidden),
        new("edit member inside", "PUT /api/v1/members/{id:long}", async (a, _) => await EditMemberAsync(a, "CY-GX-001"), OK, OK, OK, OK, Forbidden),
        new("edit member outside", "PUT /api/v1/members/{id:long}", async (a, _) => await EditMemberAsync(a, "CY-JY-001"), OK, OK, Forbidden, Forbidden, Forbidden),
        new("delete member inside", "DELETE /api/v1/members/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/members/{await FreshMemberAsync(a, "CY-GX-001")}"), NoContent, NoContent, NoContent, NoContent, Forbidden),
        new("delete member outside", "DELETE /api/v1/members/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/members/{await FreshMemberAsync(a, "CY-JY-001")}"), NoContent, NoContent, Forbidden, Forbidden, Forbidden),
        new("transfer member out", "POST /api/v1/members/{id:long}/transfers", async (a, _) => Send(HttpMethod.Post, $"/api/v1/members/{await FreshMemberAsync(a, "CY-GX-001")}/transfers", new { toUnionId = await a.UnionIdAsync("CY-JY-001") }), Created, Created, Created, Created, Forbidden),
        new("transfer member of another union", "POST /api/v1/members/{id:long}/transfers", async (a, _) => Send(HttpMethod.Post, $"/api/v1/members/{await FreshMemberAsync(a, "CY-JY-001")}/transfers", new { toUnionId = await a.UnionIdAsync("CY-GX-001") }), Created, Created, Forbidden, Forbidden, Forbidden),
        new("record departure inside", "POST /api/v1/members/{id:long}/departures", async (a, _) => Send(HttpMethod.Post, $"/api/v1/members/{await FreshMemberAsync(a, "CY-GX-001")}/departures", new { reason = "退休" }), OK, OK, OK, OK, Forbidden),
        new("record departure outside", "POST /api/v1/members/{id:long}/departures", async (a, _) => Send(HttpMethod.Post, $"/api/v1/members/{await FreshMemberAsync(a, "CY-JY-001")}/departures", new { reason = "退休" }), OK, OK, Forbidden, Forbidden, Forbidden),
        new("export enterprises", "GET /api/v1/enterprises/export", (_, _) => Task.FromResult(Get("/api/v1/enterprises/export?format=csv&section=C")), OK, OK, OK, OK, Forbidden),
        new("list enterprises", "GET /api/v1/enterprises", (_, _) => Task.FromResult(Get("/api/v1/enterprises")), OK, OK, OK, OK, Forbidden),
        new("read enterprise inside", "GET /api/v1/enterprises/{id:long}", async (a, _) => Get($"/api/v1/enterprises/{await FreshEnterpriseAsync(a, "CY-GX-001")}"), OK, OK, OK, OK, Forbidden),
        new("read enterprise outside", "GET /api/v1/enterprises/{id:long}", async (a, _) => Get($"/api/v1/enterprises/{await FreshEnterpriseAsync(a, "CY-JY-001")}"), OK, OK, NotFound, NotFound, Forbidden),
        new("read uncovered enterprise", "GET /api/v1/enterprises/{id:long}", async (a, _) => Get($"/api/v1/enterprises/{await FreshEnterpriseAsync(a, null)}"), OK, OK, NotFound, NotFound, Forbidden),
        new("create enterprise inside", "POST /api/v1/enterprises", async (a, _) => Send(HttpMethod.Post, "/api/v1/enterprises", EnterpriseBody(await a.UnionIdAsync("CY-GX-002"))), Created, Created, Created, Created, Forbidden),
        new("create enterprise outside", "POST /api/v1/enterprises", async (a, _) => Send(HttpMethod.Post, "/api/v1/enterprises", EnterpriseBody(await a.UnionIdAsync("CY-JY-002"))), Created, Created, Forbidden, Forbidden, Forbidden),
        new("create uncovered enterprise", "POST /api/v1/enterprises", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/enterprises", EnterpriseBody(null))), Created, Created, Forbidden, Forbidden, Forbidden),
        new("edit enterprise inside", "PUT /api/v1/enterprises/{id:long}", async (a, _) => Send(HttpMethod.Put, $"/api/v1/enterprises/{await FreshEnterpriseAsync(a, "CY-GX-001")}", EnterpriseBody(await a.UnionIdAsync("CY-GX-001"))), OK, OK, OK, OK, Forbidden),
        new("edit enterprise outside", "PUT /api/v1/enterprises/{id:long}", async (a, _) => Send(HttpMethod.Put, $"/api/v1/enterprises/{await FreshEnterpriseAsync(a, "CY-JY-001")}", EnterpriseBody(await a.UnionIdAsync("CY-JY-001"))), OK, OK, Forbidden, Forbidden, Forbidden),
        new("delete enterprise inside", "DELETE /api/v1/enterprises/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/enterprises/{await FreshEnterpriseAsync(a, "CY-GX-001")}"), NoContent, NoContent, NoContent, NoContent, Forbidden),
        new("delete enterprise outside", "DELETE /api/v1/enterprises/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/enterprises/{await FreshEnterpriseAsync(a, "CY-JY-001")}"), NoContent, NoContent, Forbidden, Forbidden, Forbidden),
        new("list unions", "GET /api/v1/unions", (_, _) => Task.FromResult(Get("/api/v1/unions")), OK, OK, OK, OK, Forbidden),
        new("read union inside", "GET /api/v1/unions/{id:long}", async (a, _) => Get($"/api/v1/unions/{await a.UnionIdAsync("CY-GX-001")}"), OK, OK, OK, OK, Forbidden),
        new("read union outside", "GET /api/v1/unions/{id:long}", async (a, _) => Get($"/api/v1/unions/{await a.UnionIdAsync("CY-JY-001")}"), OK, OK, NotFound, NotFound, Forbidden),
        new("propose a code inside", "GET /api/v1/unions/{id:long}/proposed-code", async (a, _) => Get($"/api/v1/unions/{await a.UnionIdAsync("CY-GX")}/proposed-code"), OK, OK, OK, OK, Forbidden),
        new("check a code", "GET /api/v1/unions/code-check", (_, _) => Task.FromResult(Get("/api/v1/unions/code-check?code=CY-GX")), OK, OK, OK, OK, Forbidden),
        new("propose a code outside", "GET /api/v1/unions/{id:long}/proposed-code", async (a, _) => Get($"/api/v1/unions/{await a.UnionIdAsync("CY-JY")}/proposed-code"), OK, OK, NotFound, NotFound, Forbidden),
        new("create union inside", "POST /api/v1/unions", async (a, r) => Send(HttpMethod.Post, "/api/v1/unions", new { code = $"C{Guid.NewGuid():N}"[..20], name = "矩阵新建", kind = "grassroots-union", parentId = await a.UnionIdAsync("CY-GX") }), Created, Forbidden, Created, Forbidden, Forbidden),
        new("create union outside", "POST /api/v1/unions", async (a, r) => Send(HttpMethod.Post, "/api/v1/unions", new { code = $"C{Guid.NewGuid():N}"[..20], name = "矩阵新建", kind = "grassroots-union", parentId = await a.UnionIdAsync("CY-JY") }), Created, Forbidden, Forbidden, Forbidden, Forbidden),
        new("edit union inside", "PUT /api/v1/unions/{id:long}", async (a, r) => { var u = await FreshUnionAsync(a, "CY-GX", r); return Send(HttpMethod.Put, $"/api/v1/unions/{u.Id}", UnionBody(u, "改名")); }, OK, Forbidden, OK, Forbidden, Forbidden),
        new("edit union outside", "PUT /api/v1/unions/{id:long}", async (a, r) => { var u = await FreshUnionAsync(a, "CY-JY", r); return Send(HttpMethod.Put, $"/api/v1/unions/{u.Id}", UnionBody(u, "改名")); }, OK, Forbidden, Forbidden, Forbidden, Forbidden),
        new("delete union inside", "DELETE /api/v1/unions/{id:long}", async (a, r) => Send(HttpMethod.Delete, $"/api/v1/unions/{(await FreshUnionAsync(a, "CY-GX", r)).Id}"), NoContent, Forbidden, NoContent, Forbidden, Forbidden),
        new("delete union outside", "DELETE /api/v1/unions/{id:long}", async (a, r) => Send(HttpMethod.Delete, $"/api/v1/unions/{(await FreshUnionAsync(a, "CY-JY", r)).Id}"), NoContent, Forbidden, Forbidden, Forbidden, Forbidden),
        new("grassroots forms", "GET /api/v1/unions/grassroots-forms", (_, _) => Task.FromResult(Get("/api/v1/unions/grassroots-forms?failing=true")), OK, OK, OK, OK, Forbidden),
        new("export unions", "GET /api/v1/unions/export", (_, _) => Task.FromResult(Get("/api/v1/unions/export?format=csv")), OK, OK, OK, OK, Forbidden),
        new("coverage", "GET /api/v1/coverage", (_, _) => Task.FromResult(Get("/api/v1/coverage?by=size")), OK, OK, OK, OK, Forbidden),
        new("dashboard", "GET /api/v1/dashboard", (_, _) => Task.FromResult(Get("/api/v1/dashboard")), OK, OK, OK, OK, Forbidden),
        new("who am I", "GET /api/v1/account", (_, _) => Task.FromResult(Get("/api/v1/account")), OK, OK, OK, OK, OK),
        new("own table columns", "GET /api/v1/account/columns/{table}", (_, _) => Task.FromResult(Get("/api/v1/account/columns/unions")), OK, OK, OK, OK, OK),
        new("choose own table columns", "PUT /api/v1/account/columns/{table}", (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/v1/account/columns/unions", new { hidden = Array.Empty<string>() })), OK, OK, OK, OK, OK),
        new("change password (wrong current)", "POST /api/v1/account/password", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/account/password", new { currentPassword = "Not#TheRight1", newPassword = "Another#Pass2026" })), BadRequest, BadRequest, BadRequest, BadRequest, BadRequest),
        new("list own tokens", "GET /api/v1/tokens", (_, _) => Task.FromResult(Get("/api/v1/tokens")), OK, OK, OK, OK, OK),
        new("create own token", "POST /api/v1/tokens", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/tokens", new { name = "matrix", days = 1 })), Created, Created, Created, Created, Created),
        new("revoke someone else's token", "DELETE /api/v1/tokens/{id:long}", async (a, _) => Send(HttpMethod.Delete, $"/api/v1/tokens/{await a.DbAsync(db => db.ApiTokens.Where(t => t.UserId == db.Users.First(u => u.UserName == "jianwai-admin").Id).Select(t => t.Id).FirstOrDefaultAsync())}"), NotFound, NotFound, NotFound, NotFound, NotFound),
        new("list users", "GET /api/v1/users", (_, _) => Task.FromResult(Get("/api/v1/users")), OK, Forbidden, OK, Forbidden, Forbidden),
        new("create user inside", "POST /api/v1/users", async (a, _) => Send(HttpMethod.Post, "/api/v1/users", new { login = $"n{Guid.NewGuid():N}"[..16], displayName = "新", role = "union-staff", unionId = await a.UnionIdAsync("CY-GX-002"), password = SeedDemo.DemoPassword }), Created, Forbidden, Created, Forbidden, Forbidden),
        new("create user outside", "POST /api/v1/users", async (a, _) => Send(HttpMethod.Post, "/api/v1/users", new { login = $"n{Guid.NewGuid():N}"[..16], displayName = "新", role = "union-staff", unionId = await a.UnionIdAsync("CY-JY"), password = SeedDemo.DemoPassword }), Created, Forbidden, Forbidden, Forbidden, Forbidden),
        new("create district admin", "POST /api/v1/users", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/users", new { login = $"n{Guid.NewGuid():N}"[..16], displayName = "新", role = "district-admin", password = SeedDemo.DemoPassword })), Created, Forbidden, Forbidden, Forbidden, Forbidden),
        new("edit user inside", "PUT /api/v1/users/{id}", async (a, _) => await EditUserAsync(a, "CY-GX"), OK, Forbidden, OK, Forbidden, Forbidden),
        new("edit user outside", "PUT /api/v1/users/{id}", async (a, _) => await EditUserAsync(a, "CY-JY"), OK, Forbidden, NotFound, Forbidden, Forbidden),
        new("reset password inside", "POST /api/v1/users/{id}/password", async (a, _) => Send(HttpMethod.Post, $"/api/v1/users/{await FreshStaffAsync(a, "CY-GX")}/password", new { newPassword = "Reset#Gonghui2026" }), NoContent, Forbidden, NoContent, Forbidden, Forbidden),
        new("reset password outside", "POST /api/v1/users/{id}/password", async (a, _) => Send(HttpMethod.Post, $"/api/v1/users/{await FreshStaffAsync(a, "CY-JY")}/password", new { newPassword = "Reset#Gonghui2026" }), NoContent, Forbidden, NotFound, Forbidden, Forbidden),
        new("reset second factor inside", "POST /api/v1/users/{id}/two-factor/reset", async (a, _) => Send(HttpMethod.Post, $"/api/v1/users/{await FreshStaffAsync(a, "CY-GX")}/two-factor/reset"), NoContent, Forbidden, NoContent, Forbidden, Forbidden),
        new("reset second factor outside", "POST /api/v1/users/{id}/two-factor/reset", async (a, _) => Send(HttpMethod.Post, $"/api/v1/users/{await FreshStaffAsync(a, "CY-JY")}/two-factor/reset"), NoContent, Forbidden, NotFound, Forbidden, Forbidden),
        new("own second factor", "GET /api/v1/account/two-factor", (_, _) => Task.FromResult(Get("/api/v1/account/two-factor")), OK, OK, OK, OK, OK),
        new("start own second factor", "POST /api/v1/account/two-factor", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/account/two-factor")), OK, OK, OK, OK, OK),
        new("confirm own second factor (wrong code)", "POST /api/v1/account/two-factor/confirmation", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/account/two-factor/confirmation", new { code = "abc" })), BadRequest, BadRequest, BadRequest, BadRequest, BadRequest),
        new("new recovery codes (second factor off)", "POST /api/v1/account/two-factor/recovery-codes", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/v1/account/two-factor/recovery-codes", new { code = "123456" })), Conflict, Conflict, Conflict, Conflict, Conflict),
        new("turn off own second factor (off)", "DELETE /api/v1/account/two-factor", (_, _) => Task.FromResult(Send(HttpMethod.Delete, "/api/v1/account/two-factor", new { code = "123456" })), Conflict, Conflict, Conflict, Conflict, Conflict),
        new("search audit log", "GET /api/v1/audit-entries", (_, _) => Task.FromResult(Get("/api/v1/audit-entries")), OK, Forbidden, Forbidden, Forbidden, OK),
        new("verify audit chain", "GET /api/v1/audit-entries/verify", (_, _) => Task.FromResult(Get("/api/v1/audit-entries/verify")), OK, Forbidden, Forbidden, Forbidden, OK),
        new("audit overview", "GET /api/v1/audit-entries/overview", (_, _) => Task.FromResult(Get("/api/v1/audit-entries/overview?days=7")), OK, Forbidden, Forbidden, Forbidden, OK),
        new("export audit log", "GET /api/v1/audit-entries/export", (_, _) => Task.FromResult(Get("/api/v1/audit-entries/export?format=csv&action=sign-in")), OK, Forbidden, Forbidden, Forbidden, OK),
        .. BargainingCases(),
        .. MechanismCases(),
        .. DocumentCases(),
        .. AssessmentCases(),
        .. TrainingCases(),
        .. CongressCases(),
        .. OpenAffairsCases(),
        .. EvaluationCases(),
        .. RepresentativeCases(),
        .. ProposalCases(),
        .. FrontlineCases(),
        .. ServiceCardCases(),
        .. ServiceCases(),
        .. AidCases(),
        .. PortalCases(),
    ];

    private static async Task<HttpRequestMessage> EditUserAsync(GonghuiApp app, string unionCode)
    {
        var id = await FreshStaffAsync(app, unionCode);
        var stamp = await app.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.ConcurrencyStamp).FirstAsync());
        return Send(HttpMethod.Put, $"/api/v1/users/{id}", new { displayName = "改名", role = "union-staff", unionId = await app.UnionIdAsync(unionCode), version = stamp });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_what_its_scope_allows(string caseName, string role)
    {
        var c = Matrix.Single(m => m.Name == caseName);
        using var client = role == Anonymous ? app.AnonymousClient() : await app.ClientAsAsync(Logins[role]);
        using var request = await c.Request(app, role);
        using var response = await client.SendAsync(request);
        Assert.True(c.Expected(role) == response.StatusCode, $"{c.Name} as {role}: expected {(int)c.Expected(role)}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public void The_matrix_covers_every_api_endpoint()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToHashSet();
        var covered = Matrix.Select(c => c.Endpoint).ToHashSet();
        Assert.Empty(endpoints.Except(covered));
        Assert.Empty(covered.Except(endpoints));
    }
}

[Collection("sqlite")]
public sealed class AuthorizationMatrixOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app);

[Collection("postgres")]
public sealed class AuthorizationMatrixOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app);
