using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Congresses;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Representatives;

/// <summary>A representative as read: the congress term and its union, the member, the constituency, and how they left if they did.</summary>
public sealed record RepresentativeDto(long Id, long TermId, int TermNumber, long UnionId, string UnionName, long MemberId, string MemberName, Gender Gender,
    string MemberUnionName, string Constituency, ConstituencyKind ConstituencyKind, DateOnly ElectedOn, bool FrontLine, bool Officer, long? ReplacesId,
    string? ReplacesName, DateOnly? EndedOn, RepresentativeEnd? EndKind, string EndReason, long Version)
{
    public bool Serving => EndedOn is null;
}

/// <param name="ReplacesId">The representative of the same term this one was elected to replace (补选); one still serving then leaves, replaced, on the day of this election.</param>
public sealed record RepresentativeInput(long? TermId, long? MemberId, [property: MaxLength(200)] string? Constituency, ConstituencyKind? ConstituencyKind,
    DateOnly? ElectedOn, bool? FrontLine, bool? Officer, long? ReplacesId, long? Version);

public sealed record RepresentativeEndInput(RepresentativeEnd? Kind, DateOnly? EndedOn, [property: MaxLength(500)] string? Reason, long? Version);

/// <summary>Reads, finds and checks representatives for the module's use cases.</summary>
public sealed class RepresentativeReader(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    /// <summary>A representative as the actor's scope reads it: everything but the term, which may belong to a union above.</summary>
    private sealed record Row(long Id, long TermId, long MemberId, string MemberName, Gender Gender, string MemberUnionName, string Constituency,
        ConstituencyKind ConstituencyKind, DateOnly ElectedOn, bool FrontLine, bool Officer, long? ReplacesId, string? ReplacesName, DateOnly? EndedOn,
        RepresentativeEnd? EndKind, string EndReason, long Version);

    private static IQueryable<Row> Rows(IQueryable<Representative> source) =>
        source.Select(x => new Row(x.Id, x.TermId, x.MemberId, x.Member!.Name, x.Member.Gender, x.Member.Union!.Name, x.Constituency, x.ConstituencyKind, x.ElectedOn,
            x.FrontLine, x.Officer, x.ReplacesId, x.Replaces != null ? x.Replaces.Member!.Name : null, x.EndedOn, x.EndKind, x.EndReason, x.Version));

    /// <summary>
    /// Adds each row's congress term and union. Read past the scope, in a query of its own: a representative is seen as the
    /// member is, so a grassroots union's staff see their members' seats in the congress of a union above, with that
    /// congress's name and term (joined into the scoped read, the term's filter would drop the row and leave the count).
    /// </summary>
    private async Task<List<RepresentativeDto>> WithTermsAsync(IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.TermId).Distinct().ToList();
        var terms = await db.Set<CongressTerm>().IgnoreQueryFilters().AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Number, x.UnionId, UnionName = x.Union!.Name }).ToDictionaryAsync(x => x.Id, ct);
        return rows.Select(r => new RepresentativeDto(r.Id, r.TermId, terms[r.TermId].Number, terms[r.TermId].UnionId, terms[r.TermId].UnionName, r.MemberId, r.MemberName,
            r.Gender, r.MemberUnionName, r.Constituency, r.ConstituencyKind, r.ElectedOn, r.FrontLine, r.Officer, r.ReplacesId, r.ReplacesName, r.EndedOn, r.EndKind,
            r.EndReason, r.Version)).ToList();
    }

    public async Task<PagedResult<RepresentativeDto>> PageAsync(PageQuery page, IQueryable<Representative> source, CancellationToken ct)
    {
        var rows = await page.ApplyAsync(Rows(source), ct);
        return new PagedResult<RepresentativeDto>(await WithTermsAsync(rows.Items, ct), rows.Total, rows.Page, rows.PageSize);
    }

    public async Task<RepresentativeDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var row = await Rows((ignoreScope ? db.Set<Representative>().IgnoreQueryFilters() : db.Set<Representative>()).AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct);
        return row is null ? null : (await WithTermsAsync([row], ct))[0];
    }

    private sealed record TermFound(long Id, string Path, bool Permanent, DateOnly StartsOn, DateOnly EndsOn);

    private Task<TermFound?> TermAsync(long id, CancellationToken ct) =>
        db.Set<CongressTerm>().IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new TermFound(x.Id, x.Union!.Path, x.PermanentRepresentatives, x.StartsOn, x.EndsOn)).FirstOrDefaultAsync(ct);

    /// <summary>The representative, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<Representative>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<Representative>().IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new { Representative = x, x.Term!.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Representative : Outcome.Forbidden;
    }

    /// <summary>
    /// Checks a new representative: a term run with permanent representatives, in the actor's scope (403 otherwise); an
    /// active member of its union or a union under it, not already serving in the term; the one replaced, if any, of the
    /// same term and not yet replaced by another. Then the fields every change checks.
    /// </summary>
    public async Task<Outcome<Representative>> CheckNewAsync(RepresentativeInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var term = input.TermId is long termId ? await TermAsync(termId, ct) : null;
        if (term is null)
        {
            e.Add("termId", t["Representative.TermRequired"]);
        }
        else if (!term.Permanent)
        {
            e.Add("termId", t["Representative.TermNotPermanent"]);
        }

        if (term is not null && !actor.CanWriteRegistryUnder(term.Path))
        {
            return Outcome.Forbidden;
        }

        if (input.MemberId is not long memberId)
        {
            e.Add("memberId", t["Representative.MemberRequired"]);
        }
        else if (term is not null)
        {
            if (!await db.Set<Member>().IgnoreQueryFilters().AnyAsync(m => m.Id == memberId && m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(term.Path), ct))
            {
                e.Add("memberId", t["Representative.MemberNotUnder"]);
            }
            else if (await db.Set<Representative>().IgnoreQueryFilters().AnyAsync(r => r.TermId == term.Id && r.MemberId == memberId && r.EndedOn == null, ct))
            {
                e.Add("memberId", t["Representative.AlreadyServing"]);
            }
        }

        Representative? replaced = null;
        if (input.ReplacesId is long replacesId && term is not null)
        {
            replaced = await db.Set<Representative>().IgnoreQueryFilters().FirstOrDefaultAsync(r => r.Id == replacesId && r.TermId == term.Id, ct);
            if (replaced is null || await db.Set<Representative>().IgnoreQueryFilters().AnyAsync(r => r.ReplacesId == replacesId, ct))
            {
                e.Add("replacesId", t["Representative.ReplacesInvalid"]);
                replaced = null;
            }
        }

        var target = new Representative { TermId = term?.Id ?? 0, MemberId = input.MemberId ?? 0, ReplacesId = replaced?.Id };
        if (term is not null)
        {
            CheckAndApply(input, target, term.StartsOn, term.EndsOn, e);
        }

        if (replaced is not null && input.ElectedOn is { } on && on < replaced.ElectedOn)
        {
            e.Add("electedOn", t["Representative.ElectedBeforeReplaced", replaced.ElectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (replaced is { EndedOn: null })
        {
            replaced.EndedOn = target.ElectedOn;
            replaced.EndKind = RepresentativeEnd.Replaced;
            replaced.EndReason = t["Representative.ReplacedReason", target.Constituency];
        }

        return target;
    }

    /// <summary>Checks a change of a representative's own fields (the term and member stay) and applies it when valid.</summary>
    public async Task<bool> CheckAndApplyAsync(RepresentativeInput input, Representative target, ValidationErrors e, CancellationToken ct)
    {
        var term = (await TermAsync(target.TermId, ct))!;
        CheckAndApply(input, target, term.StartsOn, term.EndsOn, e);
        if (target.EndedOn is { } ended && input.ElectedOn is { } on && on > ended)
        {
            e.Add("electedOn", t["Representative.ElectedAfterEnd"]);
        }

        return !e.Any;
    }

    private void CheckAndApply(RepresentativeInput input, Representative target, DateOnly termStarts, DateOnly termEnds, ValidationErrors e)
    {
        var constituency = e.Required(t, "constituency", input.Constituency, 200, "Representative.ConstituencyRequired");
        if (input.ConstituencyKind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("constituencyKind", t["Representative.ConstituencyKindRequired"]);
        }

        if (input.ElectedOn is not { } elected || elected < termStarts || elected > termEnds || elected > LocalizationSetup.Today)
        {
            e.Add("electedOn", t["Representative.ElectedOnInvalid", Day(termStarts), Day(termEnds)]);
        }

        if (e.Any)
        {
            return;
        }

        target.Constituency = constituency!;
        target.ConstituencyKind = input.ConstituencyKind!.Value;
        target.ElectedOn = input.ElectedOn!.Value;
        target.FrontLine = input.FrontLine ?? false;
        target.Officer = input.Officer ?? false;
    }

    /// <summary>Checks how a representative leaves (the kind, a day from the election to today and the term's end, the reason) and applies it when valid.</summary>
    public async Task<Outcome?> CheckAndEndAsync(RepresentativeEndInput input, Representative target, CancellationToken ct)
    {
        if (target.EndedOn is not null)
        {
            return Outcome.Conflict(t["Representative.AlreadyEnded"]);
        }

        var e = new ValidationErrors();
        if (input.Version is null)
        {
            e.Add("version", t["Field.VersionRequired"]);
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Representative.EndKindRequired"]);
        }

        var termEnds = (await TermAsync(target.TermId, ct))!.EndsOn;
        if (input.EndedOn is not { } ended || ended < target.ElectedOn || ended > LocalizationSetup.Today || ended > termEnds)
        {
            e.Add("endedOn", t["Representative.EndedOnInvalid", Day(target.ElectedOn)]);
        }

        var reason = e.Required(t, "reason", input.Reason, 500, "Representative.EndReasonRequired");
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.EndKind = input.Kind;
        target.EndedOn = input.EndedOn;
        target.EndReason = reason!;
        return null;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
