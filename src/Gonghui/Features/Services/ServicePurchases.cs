using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Services.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Services;

public sealed record DeliverableDto(long Id, string Name, string Measure, DateOnly? AcceptedOn, AcceptanceResult? Result, int? Rating, string AcceptanceNotes);

public sealed record PaymentDto(long Id, DateOnly PaidOn, decimal Amount, string Note);

public sealed record ServicePurchaseDto(long Id, long UnionId, string UnionName, long ProviderId, string ProviderName, string Title, string ContractNumber, PurchaseMode Mode,
    ServiceCategory Category, decimal Budget, DateOnly SignedOn, DateOnly StartsOn, DateOnly EndsOn, int TargetWorkers, IReadOnlyList<DeliverableDto> Deliverables,
    IReadOnlyList<PaymentDto> Payments, PurchaseSummary Summary, int WorkersServed, long Version)
{
    /// <summary>The contract, the acceptance reports, invoices: read with the one contract, not in lists.</summary>
    public IReadOnlyList<DocumentDto> Documents { get; init; } = [];
}

public sealed record DeliverableInput(long? Id, [property: MaxLength(200)] string? Name, [property: MaxLength(500)] string? Measure);

public sealed record ServicePurchaseInput(long? UnionId, long? ProviderId, [property: MaxLength(200)] string? Title, [property: MaxLength(50)] string? ContractNumber, PurchaseMode? Mode,
    ServiceCategory? Category, decimal? Budget, DateOnly? SignedOn, DateOnly? StartsOn, DateOnly? EndsOn, int? TargetWorkers, IReadOnlyList<DeliverableInput>? Deliverables, long? Version);

public sealed record PaymentInput(DateOnly? PaidOn, decimal? Amount, [property: MaxLength(200)] string? Note, long? Version);

public sealed record AcceptanceInput(AcceptanceResult? Result, DateOnly? AcceptedOn, int? Rating, [property: MaxLength(500)] string? Notes, long? Version);

/// <summary>Purchase contracts (R9): read, checked, changed, paid and accepted.</summary>
public sealed class ServicePurchases(GonghuiDbContext db, CurrentActor actor, RecordDocuments documents, IStringLocalizer<SharedResource> t)
    : ServiceRecords<ServicePurchase, ServicePurchaseDto, ServicePurchaseInput>(db, actor, documents, t)
{
    public const decimal MaxBudget = 100_000_000m;

    private IQueryable<ServicePurchaseDto> Project(IQueryable<ServicePurchase> source) =>
        source.Select(p => new ServicePurchaseDto(p.Id, p.UnionId, p.Union!.Name, p.ProviderId, p.Provider!.Name, p.Title, p.ContractNumber, p.Mode, p.Category, p.Budget,
            p.SignedOn, p.StartsOn, p.EndsOn, p.TargetWorkers,
            p.Deliverables.OrderBy(d => d.Id).Select(d => new DeliverableDto(d.Id, d.Name, d.Measure, d.AcceptedOn, d.Result, d.Rating, d.AcceptanceNotes)).ToList(),
            p.Payments.OrderBy(x => x.PaidOn).ThenBy(x => x.Id).Select(x => new PaymentDto(x.Id, x.PaidOn, x.Amount, x.Note)).ToList(),
            null!, Db.Set<ServiceDelivery>().Where(d => d.PurchaseId == p.Id).Sum(d => d.Headcount + d.Recipients.Count()), p.Version));

    /// <summary>The summary is worked out here, not in SQL: SQLite sums no decimals.</summary>
    private static ServicePurchaseDto Summarised(ServicePurchaseDto p) =>
        p with { Summary = PurchaseRule.Summarise(p.Budget, p.Payments.Select(x => x.Amount), [.. p.Deliverables.Select(d => (d.Result, d.Rating))]) };

    public async Task<PagedResult<ServicePurchaseDto>> ListAsync(PageQuery page, int? year, long? unionId, long? providerId, PurchaseMode? mode, CancellationToken ct)
    {
        var query = Db.Set<ServicePurchase>().AsNoTracking();
        if (year is int y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(p => p.StartsOn <= to && p.EndsOn >= from);
        }

        if (unionId is long u)
        {
            query = query.Where(p => p.UnionId == u);
        }

        if (providerId is long pr)
        {
            query = query.Where(p => p.ProviderId == pr);
        }

        if (mode is { } m)
        {
            query = query.Where(p => p.Mode == m);
        }

        if (page.Search is { } q)
        {
            query = query.Where(p => p.Title.Contains(q) || p.ContractNumber.Contains(q) || p.Provider!.Name.Contains(q));
        }

        query = page.Descending ? query.OrderBy(p => p.StartsOn).ThenBy(p => p.Id) : query.OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id);
        var rows = await page.ApplyAsync(Project(query), ct);
        return rows with { Items = [.. rows.Items.Select(Summarised)] };
    }

    public override async Task<ServicePurchaseDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false) =>
        await Project((ignoreScope ? Db.Set<ServicePurchase>().IgnoreQueryFilters() : Db.Set<ServicePurchase>()).AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct) is { } p
            ? Summarised(p) with { Documents = await DocumentsOfAsync(id, ct) } : null;

    protected override string ReferencedKey => "ServicePurchase.Referenced";

    protected override DocumentOwnerInfo Documents => ServicePurchaseDocuments.Owner;

    protected override long? VersionOf(ServicePurchaseInput input) => input.Version;

    protected override IQueryable<ServicePurchase> WithParts(IQueryable<ServicePurchase> records) => records.Include(p => p.Deliverables).Include(p => p.Payments);

    /// <summary>A contract paid or accepted is the district's record of money spent: it stays.</summary>
    protected override string? Undeletable(ServicePurchase record) =>
        record.Payments.Count > 0 || record.Deliverables.Any(d => d.Result is not null) ? T["ServicePurchase.Referenced"].Value : null;

    /// <summary>Checks a contract and applies it: the union in scope, a designated provider, the period, a budget not under what was paid, the deliverables (an accepted one stays).</summary>
    public override async Task<Outcome?> CheckAndApplyAsync(ServicePurchaseInput input, ServicePurchase target, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = input.UnionId is long unionId ? await Db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct) : null;
        if (path is null)
        {
            e.Add("unionId", T["Member.UnionRequired"]);
        }
        else if (!Actor.CanWriteRegistryUnder(path))
        {
            return Outcome.Forbidden;
        }

        var provider = input.ProviderId is long providerId ? await Db.Set<ServiceProvider>().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == providerId, ct) : null;
        if (provider is null || (!provider.Active && provider.Id != target.ProviderId))
        {
            e.Add("providerId", T["ServicePurchase.ProviderRequired"]);
        }

        var title = e.Required(T, "title", input.Title, 200, "ServicePurchase.TitleRequired");
        var contract = e.Optional(T, "contractNumber", input.ContractNumber, 50) ?? "";
        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            e.Add("mode", T["ServicePurchase.ModeRequired"]);
        }

        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            e.Add("category", T["ServicePurchase.CategoryRequired"]);
        }

        var paid = target.Payments.Sum(p => p.Amount);
        if (input.Budget is not { } budget || budget <= 0 || budget > MaxBudget || decimal.Round(budget, 2) != budget)
        {
            e.Add("budget", T["ServicePurchase.BudgetInvalid", MaxBudget.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)]);
        }
        else if (budget < paid)
        {
            e.Add("budget", T["ServicePurchase.BudgetUnderPaid", paid.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (input.SignedOn is not { } signed || signed.Year < 2000 || signed > LocalizationSetup.Today)
        {
            e.Add("signedOn", T["ServicePurchase.SignedOnInvalid"]);
        }

        if (input.StartsOn is not { } starts || starts.Year < 2000 || input.EndsOn is not { } ends || ends < starts || ends > starts.AddYears(5))
        {
            e.Add("endsOn", T["ServicePurchase.PeriodInvalid"]);
        }

        if (input.TargetWorkers is not { } workers || workers < 0 || workers > 10_000_000)
        {
            e.Add("targetWorkers", T["ServicePurchase.TargetInvalid"]);
        }

        var deliverables = input.Deliverables ?? [];
        if (deliverables.Count is 0 or > 50)
        {
            e.Add("deliverables", T["ServicePurchase.DeliverablesRequired"]);
        }

        for (var i = 0; i < deliverables.Count; i++)
        {
            if (deliverables[i] is null)
            {
                e.Add($"deliverables[{i}]", T["ServicePurchase.DeliverablesRequired"]);
                continue;
            }

            e.Required(T, $"deliverables[{i}].name", deliverables[i].Name, 200, "ServicePurchase.DeliverableNameRequired");
            e.Optional(T, $"deliverables[{i}].measure", deliverables[i].Measure, 500);
            if (deliverables[i].Id is long did && target.Deliverables.All(d => d.Id != did))
            {
                e.Add($"deliverables[{i}].id", T["ServicePurchase.DeliverableMissing"]);
            }
        }

        var kept = deliverables.Where(d => d?.Id is not null).Select(d => d.Id!.Value).ToHashSet();
        if (target.Deliverables.Any(d => d.Result is not null && !kept.Contains(d.Id)))
        {
            e.Add("deliverables", T["ServicePurchase.AcceptedKept"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.UnionId = input.UnionId!.Value;
        target.ProviderId = provider!.Id;
        target.Title = title!;
        target.ContractNumber = contract;
        target.Mode = input.Mode!.Value;
        target.Category = input.Category!.Value;
        target.Budget = input.Budget!.Value;
        target.SignedOn = input.SignedOn!.Value;
        target.StartsOn = input.StartsOn!.Value;
        target.EndsOn = input.EndsOn!.Value;
        target.TargetWorkers = input.TargetWorkers!.Value;
        target.Deliverables.RemoveAll(d => !kept.Contains(d.Id));
        foreach (var d in deliverables)
        {
            var row = d.Id is long did ? target.Deliverables.First(x => x.Id == did) : new PurchaseDeliverable();
            row.Name = d.Name!.Trim();
            row.Measure = d.Measure?.Trim() ?? "";
            if (d.Id is null)
            {
                target.Deliverables.Add(row);
            }
        }

        return null;
    }

    public Task<Outcome<ServicePurchaseDto>> PayAsync(long id, PaymentInput input, CancellationToken ct) =>
        Steps.RunAsync(Db, id, input.Version, FindWritableAsync, x => Task.FromResult(Pay(x, input)), async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    public Task<Outcome<ServicePurchaseDto>> AcceptAsync(long id, long deliverableId, AcceptanceInput input, CancellationToken ct) =>
        Steps.RunAsync(Db, id, input.Version, FindWritableAsync, x => Task.FromResult(Accept(x, deliverableId, input)), async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    /// <summary>A payment within the budget (the rule R9's contracts are held to), not before the contract was signed.</summary>
    private Outcome? Pay(ServicePurchase purchase, PaymentInput input)
    {
        var e = new ValidationErrors();
        if (input.PaidOn is not { } paidOn || paidOn < purchase.SignedOn || paidOn > LocalizationSetup.Today)
        {
            e.Add("paidOn", T["ServicePurchase.PaidOnInvalid", purchase.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var paid = purchase.Payments.Sum(p => p.Amount);
        if (input.Amount is not { } amount || amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            e.Add("amount", T["ServicePurchase.AmountInvalid"]);
        }
        else if (!PurchaseRule.WithinBudget(purchase.Budget, paid, amount))
        {
            e.Add("amount", T["ServicePurchase.OverBudget", (purchase.Budget - paid).ToString("N2", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var note = e.Optional(T, "note", input.Note, 200) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        purchase.Payments.Add(new PurchasePayment { PaidOn = input.PaidOn!.Value, Amount = input.Amount!.Value, Note = note });
        return null;
    }

    /// <summary>A deliverable's acceptance: once, with the result, the day (within the contract's period or after it) and a rating of 1 to 5.</summary>
    private Outcome? Accept(ServicePurchase purchase, long deliverableId, AcceptanceInput input)
    {
        if (purchase.Deliverables.FirstOrDefault(d => d.Id == deliverableId) is not { } deliverable)
        {
            return Outcome.NotFound;
        }

        if (deliverable.Result is not null)
        {
            return Outcome.Conflict(T["ServicePurchase.AlreadyAccepted"]);
        }

        var e = new ValidationErrors();
        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            e.Add("result", T["ServicePurchase.ResultRequired"]);
        }

        if (input.AcceptedOn is not { } on || on < purchase.StartsOn || on > LocalizationSetup.Today)
        {
            e.Add("acceptedOn", T["ServicePurchase.AcceptedOnInvalid", purchase.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (input.Rating is not { } rating || rating < PurchaseRule.MinRating || rating > PurchaseRule.MaxRating)
        {
            e.Add("rating", T["ServicePurchase.RatingInvalid", PurchaseRule.MinRating, PurchaseRule.MaxRating]);
        }

        var notes = e.Optional(T, "notes", input.Notes, 500) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        deliverable.Result = input.Result;
        deliverable.AcceptedOn = input.AcceptedOn;
        deliverable.Rating = input.Rating;
        deliverable.AcceptanceNotes = notes;
        return null;
    }
}

/// <summary>
/// <c>/api/v1/service-purchases</c>: <c>GET /?year=&amp;unionId=&amp;providerId=&amp;mode=&amp;q=</c> (each with its spend,
/// delivery and rating), <c>GET /export</c>, <c>GET /{id}</c>, <c>POST /</c>, <c>PUT /{id}</c>, <c>DELETE /{id}?version=</c>,
/// <c>POST /{id}/payments</c> and <c>POST /{id}/deliverables/{deliverableId}/acceptance</c>.
/// </summary>
public static class ServicePurchaseEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (ServicePurchases h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, long? providerId, string? mode, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new PageQuery(page, pageSize, q, sort), year, unionId, providerId, EnumText.Parse<PurchaseMode>(mode), ct)))
            .WithName("ListServicePurchases");
        g.MapGet("/export", (ServicePurchases h, ListExport export, IStringLocalizer<SharedResource> t, string? q, string? sort, int? year, long? unionId, long? providerId, string? mode, string? format,
                CancellationToken ct) =>
                export.WriteAsync(nameof(ServicePurchase), "service-purchases", p => h.ListAsync(p, year, unionId, providerId, EnumText.Parse<PurchaseMode>(mode), ct), new PageQuery(null, null, q, sort),
                    x => new Dictionary<string, object?>
                    {
                        [t["ServicePurchase.Title"]] = x.Title,
                        [t["ServicePurchase.ContractNumber"]] = x.ContractNumber,
                        [t["Member.Union"]] = x.UnionName,
                        [t["ServicePurchase.Provider"]] = x.ProviderName,
                        [t["ServicePurchase.Mode"]] = t[$"PurchaseMode.{x.Mode}"].Value,
                        [t["ServicePurchase.Category"]] = t[$"ServiceCategory.{x.Category}"].Value,
                        [t["ServicePurchase.Budget"]] = x.Budget,
                        [t["ServicePurchase.Paid"]] = x.Summary.Paid,
                        [t["ServicePurchase.Period"]] = $"{ListExport.Day(x.StartsOn)} — {ListExport.Day(x.EndsOn)}",
                        [t["ServicePurchase.TargetWorkers"]] = x.TargetWorkers,
                        [t["ServicePurchase.WorkersServed"]] = x.WorkersServed,
                        [t["ServicePurchase.Accepted"]] = $"{x.Summary.Accepted}/{x.Summary.Deliverables}",
                        [t["ServicePurchase.Rating"]] = x.Summary.AverageRating,
                    }, format, ct))
            .WithName("ExportServicePurchases");
        g.MapGet("/{id:long}", async (long id, ServicePurchases h, Problems p, CancellationToken ct) =>
                await h.ReadAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetServicePurchase");
        g.MapPost("/", async (ServicePurchaseInput input, ServicePurchases h, Problems p, CancellationToken ct) =>
                (await h.CreateAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/service-purchases/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SignServicePurchase");
        g.MapPut("/{id:long}", async (long id, ServicePurchaseInput input, ServicePurchases h, Problems p, CancellationToken ct) =>
                (await h.UpdateAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateServicePurchase");
        g.MapPost("/{id:long}/payments", async (long id, PaymentInput input, ServicePurchases h, Problems p, CancellationToken ct) =>
                (await h.PayAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("PayServicePurchase");
        g.MapPost("/{id:long}/deliverables/{deliverableId:long}/acceptance", async (long id, long deliverableId, AcceptanceInput input, ServicePurchases h, Problems p, CancellationToken ct) =>
                (await h.AcceptAsync(id, deliverableId, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AcceptDeliverable");
        g.MapDelete("/{id:long}", async (long id, long? version, ServicePurchases h, Problems p, CancellationToken ct) =>
                (await h.DeleteAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteServicePurchase");
    }
}
