using Gonghui.Features.Assessment;
using Gonghui.Features.Bargaining;
using Gonghui.Features.InfoReports;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.WarningCases;
using Gonghui.Infrastructure.Files;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>The documents of every record kind that keeps them: inside is under the high-technology union, outside under education.</summary>
public abstract partial class AuthorizationMatrixTests
{
    /// <summary>Each kind with documents, and a fresh record of it under the union given (a grassroots union's code for information reports).</summary>
    // A method, not a field: the matrix is built by a field initialiser of another part of this class, in no set order.
    private static (DocumentOwnerInfo Info, Type Owner, Func<GonghuiApp, string, Task<long>> Fresh, string Inside, string Outside)[] DocumentOwners() =>
    [
        (NegotiationDocuments.Owner, typeof(NegotiationDocuments), (a, u) => FreshNegotiationAsync(a, u), "CY-GX", "CY-JY"),
        (ContractDocuments.Owner, typeof(ContractDocuments), (a, u) => FreshContractAsync(a, u), "CY-GX", "CY-JY"),
        (JointMeetingDocuments.Owner, typeof(JointMeetingDocuments), async (a, u) => (await FreshJointMeetingAsync(a, u)).Id, "CY-GX", "CY-JY"),
        (WarningCaseDocuments.Owner, typeof(WarningCaseDocuments), (a, u) => FreshWarningCaseAsync(a, u), "CY-GX", "CY-JY"),
        (InfoReportDocuments.Owner, typeof(InfoReportDocuments), FreshInfoReportAsync, "CY-GX-001", "CY-JY-001"),
        (Gonghui.Features.Congresses.SessionDocuments.Owner, typeof(Gonghui.Features.Congresses.SessionDocuments), async (a, u) => (await FreshSessionAsync(a, u)).Id, "CY-GX", "CY-JY"),
        (AnnualPlanDocuments.Owner, typeof(AnnualPlanDocuments), (a, u) => FreshAnnualPlanAsync(a, u), "CY-GX", "CY-JY"),
        (Gonghui.Features.Services.ServicePurchaseDocuments.Owner, typeof(Gonghui.Features.Services.ServicePurchaseDocuments), async (a, u) => (await FreshPurchaseAsync(a, u)).Id, "CY-GX", "CY-JY"),
        (Gonghui.Features.Services.ServiceDeliveryDocuments.Owner, typeof(Gonghui.Features.Services.ServiceDeliveryDocuments), async (a, u) => (await FreshDeliveryAsync(a, u)).Id, "CY-GX", "CY-JY"),
    ];

    private static async Task<string> FreshDocumentAsync(GonghuiApp app, DocumentOwnerInfo info, Type ownerType, long id)
    {
        var document = await app.InScopeAsync(async sp =>
        {
            using var content = new MemoryStream("矩阵文件"u8.ToArray());
            var owner = (IDocumentOwner)sp.GetRequiredService(ownerType);
            return (await sp.GetRequiredService<RecordDocuments>().AddAsync(owner, id, info.Labels[0], "矩阵.txt", content, CancellationToken.None)).Value!.Id;
        });
        return $"/api/v1/{info.Collection}/{id}/documents/{document}";
    }

    private static HttpRequestMessage Upload(DocumentOwnerInfo info, long id) =>
        new(HttpMethod.Post, $"/api/v1/{info.Collection}/{id}/documents")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent("矩阵文件"u8.ToArray()), "file", "矩阵.txt" },
                { new StringContent(info.Labels[0]), "label" },
            },
        };

    private static IEnumerable<Case> DocumentCases()
    {
        foreach (var (info, ownerType, fresh, insideUnion, outsideUnion) in DocumentOwners())
        {
            foreach (var (where, union) in new[] { ("inside", insideUnion), ("outside", outsideUnion) })
            {
                var inside = union == insideUnion;
                var path = $"/api/v1/{info.Collection}/{{id:long}}/documents";
                yield return new($"upload {info.Owner} document {where}", $"POST {path}", async (a, _) => Upload(info, await fresh(a, union)),
                    Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
                yield return new($"download {info.Owner} document {where}", $"GET {path}/{{documentId:long}}", async (a, _) => Get(await FreshDocumentAsync(a, info, ownerType, await fresh(a, union))),
                    OK, OK, inside ? OK : NotFound, inside ? OK : NotFound, Forbidden);
                yield return new($"remove {info.Owner} document {where}", $"DELETE {path}/{{documentId:long}}", async (a, _) => Send(HttpMethod.Delete, await FreshDocumentAsync(a, info, ownerType, await fresh(a, union))),
                    NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
            }
        }
    }
}
