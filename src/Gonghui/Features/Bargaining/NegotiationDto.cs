using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.Bargaining;

public sealed record NegotiatorDto(long Id, BargainingSide Side, string Name, string? Post, bool IsChief);

public sealed record RoundDto(long Id, DateOnly HeldOn, string Topics, string? UnionPosition, string? EmployerPosition, string? Minutes);

public sealed record VoteDto(DateOnly VotedOn, VoteBody Body, int Entitled, int Present, int InFavour, int Against);

public sealed record NegotiationDto(
    long Id,
    long UnionId,
    string UnionName,
    ContractKind Kind,
    string Title,
    CounterpartyKind CounterpartyKind,
    long? AssociationId,
    long? EnterpriseId,
    string CounterpartyName,
    NegotiationStage Stage,
    BargainingSide RequestedBy,
    DateOnly RequestedOn,
    DateOnly? AnsweredOn,
    string? Answer,
    DeadlineVerdict AnswerDeadline,
    DateOnly? OpenedOn,
    IReadOnlyList<NegotiatorDto> Negotiators,
    BargainingTeamsVerdict Teams,
    IReadOnlyList<RoundDto> Rounds,
    long? ContractId,
    VoteDto? Vote,
    DateOnly? ClosedOn,
    string? ClosingNote,
    IReadOnlyList<DocumentDto> Documents,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>A line of the negotiations list.</summary>
public sealed record NegotiationRow(long Id, long UnionId, string UnionName, ContractKind Kind, string Title, CounterpartyKind CounterpartyKind, NegotiationStage Stage, DateOnly RequestedOn, DateOnly? AnsweredOn, long? ContractId);

public sealed class NegotiationReader(GonghuiDbContext db, CurrentActor actor, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    /// <summary>
    /// One step of the lifecycle: finds the negotiation for writing, lets <paramref name="step"/> check and apply it (or
    /// refuse, returning why), saves against the version read and reads it back.
    /// </summary>
    public Task<Outcome<NegotiationDto>> StepAsync(long id, long? version, Func<Negotiation, Task<Outcome?>> step, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, FindWritableAsync, step, ReadWrittenAsync, ct);

    public Task<Outcome<NegotiationDto>> StepAsync(long id, long? version, Func<Negotiation, Outcome?> step, CancellationToken ct) =>
        StepAsync(id, version, n => Task.FromResult(step(n)), ct);

    /// <summary>A 409 naming the stage the negotiation is at, unless it is at one of <paramref name="allowed"/>.</summary>
    public Outcome? UnlessAt(Negotiation n, params NegotiationStage[] allowed) =>
        allowed.Contains(n.Stage) ? null : Outcome.Conflict(t["Bargaining.WrongStage", t[$"NegotiationStage.{n.Stage}"]]);

    /// <summary>The negotiation with its representatives and rounds, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<Negotiation>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<Negotiation>().IgnoreQueryFilters().Include(n => n.Negotiators).Include(n => n.Rounds).AsSplitQuery().Where(n => n.Id == id)
            .Select(n => new { Negotiation = n, n.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Negotiation : Outcome.Forbidden;
    }

    /// <summary>The negotiation as its union's staff see it; null outside the actor's scope.</summary>
    public async Task<NegotiationDto?> ReadAsync(long id, CancellationToken ct)
    {
        var n = await db.Set<Negotiation>().AsNoTracking().Include(x => x.Negotiators).Include(x => x.Rounds).Include(x => x.Union)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null)
        {
            return null;
        }

        var counterparty = await CounterpartyNameAsync(db, n.AssociationId, n.EnterpriseId, ct);
        var union = n.Negotiators.Where(x => x.Side == BargainingSide.Union).ToList();
        var employer = n.Negotiators.Where(x => x.Side == BargainingSide.Employer).ToList();
        return new NegotiationDto(
            n.Id, n.UnionId, n.Union!.Name, n.Kind, n.Title, n.CounterpartyKind, n.AssociationId, n.EnterpriseId, counterparty, n.Stage,
            n.RequestedBy, n.RequestedOn, n.AnsweredOn, n.Answer,
            AnswerDeadlineRule.Evaluate(n.RequestedOn, n.AnsweredOn, LocalizationSetup.Today, district.Calendar(), district.Get<BargainingSettings>().AnswerDays),
            n.OpenedOn,
            n.Negotiators.OrderBy(x => x.Side).ThenByDescending(x => x.IsChief).ThenBy(x => x.Id).Select(x => new NegotiatorDto(x.Id, x.Side, x.Name, x.Post, x.IsChief)).ToList(),
            BargainingTeamsRule.Evaluate(union.Count, employer.Count, union.Count(x => x.IsChief), employer.Count(x => x.IsChief), district.Get<BargainingSettings>().MinimumNegotiators),
            n.Rounds.OrderBy(r => r.HeldOn).ThenBy(r => r.Id).Select(r => new RoundDto(r.Id, r.HeldOn, r.Topics, r.UnionPosition, r.EmployerPosition, r.Minutes)).ToList(),
            n.ContractId,
            n.VotedOn is { } voted ? new VoteDto(voted, n.VoteBody!.Value, n.VoteEntitled!.Value, n.VotePresent!.Value, n.VoteInFavour!.Value, n.VoteAgainst ?? 0) : null,
            n.ClosedOn, n.ClosingNote, await RecordDocuments.ListAsync(db, NegotiationDocuments.Owner, n.Id, ct), n.Version, n.CreatedAt, n.UpdatedAt);
    }

    /// <summary>Read back after a write the actor was allowed to make (the write may have moved it nowhere else).</summary>
    public async Task<NegotiationDto> ReadWrittenAsync(long id, CancellationToken ct) => (await ReadAsync(id, ct))!;

    /// <summary>The association's or enterprise's name, whatever union covers the enterprise.</summary>
    internal static async Task<string> CounterpartyNameAsync(GonghuiDbContext db, long? associationId, long? enterpriseId, CancellationToken ct) =>
        associationId is long a
            ? await db.Set<IndustryAssociation>().Where(x => x.Id == a).Select(x => x.Name).FirstAsync(ct)
            : await db.Enterprises.IgnoreQueryFilters().Where(x => x.Id == enterpriseId).Select(x => x.Name).FirstAsync(ct);
}
