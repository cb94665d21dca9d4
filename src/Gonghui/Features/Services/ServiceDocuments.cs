using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Services;

/// <summary>The documents of a union's service record: added and removed by those who may change it, read by those who see it.</summary>
public abstract class ServiceRecordDocuments<TEntity, TDto, TInput>(GonghuiDbContext db, ServiceRecords<TEntity, TDto, TInput> records) : IDocumentOwner
    where TEntity : class, IVersioned, IUnionOwned, new()
{
    public abstract DocumentOwnerInfo Info { get; }

    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct)
    {
        var found = await records.FindWritableAsync(id, ct);
        return found.IsOk ? found.Value!.UnionId!.Value : found.Failed<long>();
    }

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<TEntity>().AnyAsync(e => EF.Property<long>(e, "Id") == id, ct);
}

/// <summary>A purchase contract's documents: the signed contract, acceptance reports (验收报告), invoices.</summary>
public sealed class ServicePurchaseDocuments(GonghuiDbContext db, ServicePurchases purchases)
    : ServiceRecordDocuments<ServicePurchase, ServicePurchaseDto, ServicePurchaseInput>(db, purchases)
{
    public static readonly DocumentOwnerInfo Owner = new("service-purchase", "service-purchases", "ServicePurchase", ["contract", "acceptance", "invoice", "other"]);

    public override DocumentOwnerInfo Info => Owner;
}

/// <summary>A delivery's evidence: the signed sheet, photos, the provider's report.</summary>
public sealed class ServiceDeliveryDocuments(GonghuiDbContext db, ServiceDeliveries deliveries)
    : ServiceRecordDocuments<ServiceDelivery, ServiceDeliveryDto, ServiceDeliveryInput>(db, deliveries)
{
    public static readonly DocumentOwnerInfo Owner = new("service-delivery", "service-deliveries", "ServiceDelivery", ["sign-in-sheet", "photo", "report", "other"]);

    public override DocumentOwnerInfo Info => Owner;
}

/// <summary>
/// A designated provider's documents (licence, qualifications, the designation): kept by the district with no union,
/// read by every union that may buy from the provider.
/// </summary>
public sealed class ServiceProviderDocuments(GonghuiDbContext db, CurrentActor actor) : IDocumentOwner
{
    public static readonly DocumentOwnerInfo Owner = new("service-provider", "service-providers", "ServiceProvider", ["licence", "qualification", "designation", "other"], WholeDistrict: true);

    public DocumentOwnerInfo Info => Owner;

    /// <summary>Only the district keeps the registry; the union answered is not used, since the documents are kept with none.</summary>
    public async Task<Outcome<long>> WritableUnionAsync(long id, CancellationToken ct) =>
        !await db.Set<ServiceProvider>().AnyAsync(p => p.Id == id, ct) ? Outcome.NotFound : actor.CanWriteDistrictRecords ? 0L : Outcome.Forbidden;

    public Task<bool> ReadableAsync(long id, CancellationToken ct) => db.Set<ServiceProvider>().AnyAsync(p => p.Id == id, ct);
}
