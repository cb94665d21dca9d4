using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Gonghui.Features.Assistance.Rules;
using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assistance;

public sealed record AssistanceStepDto(AssistanceStepKind Kind, YearlyReviewOutcome? Outcome, DateOnly On, string Opinion, string ByName);

public sealed record AssistancePaymentDto(DateOnly PaidOn, decimal Amount, PaymentMethod Method);

/// <summary>
/// A case as shown: the name and ID number masked, the opinions and the sealed details (household, income, cause)
/// present only when revealed by a role that handles cases.
/// </summary>
public sealed record AssistanceCaseDto(long Id, long UnionId, string UnionName, long? MemberId, string PersonName, string IdNumber, AssistanceKind Kind, AssistanceStatus Status, int Year,
    DateOnly ProposedOn, DateOnly? ClosedOn, decimal Paid, AssistanceDetails? Details, decimal? PerHeadIncome, bool? BelowLine, IReadOnlyList<AssistanceStepDto> Steps,
    IReadOnlyList<AssistancePaymentDto> Payments, bool Revealed, long Version)
{
    /// <summary>The evidence, listed only when the case is revealed (a file's name can say what the details do).</summary>
    public IReadOnlyList<DocumentDto> Documents { get; init; } = [];
}

public sealed record AssistanceProposal(long? UnionId, long? MemberId, [property: MaxLength(50)] string? PersonName, [property: MaxLength(18)] string? IdNumber, AssistanceKind? Kind,
    DateOnly? ProposedOn, int? HouseholdSize, decimal? MonthlyIncome, [property: MaxLength(1000)] string? Cause, [property: MaxLength(1000)] string? Opinion);

public sealed record AssistanceStepInput(DateOnly? On, [property: MaxLength(1000)] string? Opinion, YearlyReviewOutcome? Outcome, long? Version);

public sealed record AssistancePaymentInput(DateOnly? PaidOn, decimal? Amount, PaymentMethod? Method, long? Version);

/// <summary>Hardship assistance and emergency aid cases: proposed, reviewed, approved or declined, paid, reviewed yearly, closed.</summary>
public sealed class AssistanceCases(GonghuiDbContext db, CurrentActor actor, PersonalDataProtector protector, DistrictSettings settings, IStringLocalizer<SharedResource> t)
{
    /// <summary>The details as they are sealed: Chinese text as itself, not as escapes six times its length.</summary>
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Row(long Id, long UnionId, string UnionName, long? MemberId, string PersonName, string IdNumberCipher, AssistanceKind Kind, AssistanceStatus Status, int Year,
        DateOnly ProposedOn, DateOnly? ClosedOn, string DetailsCipher, List<AssistanceStepDto> Steps, List<AssistancePaymentDto> Payments, long Version);

    private static IQueryable<Row> Rows(IQueryable<HardshipAssistance> source) =>
        source.Select(c => new Row(c.Id, c.UnionId, c.Union!.Name, c.MemberId, c.PersonName, c.IdNumberCipher, c.Kind, c.Status, c.Year, c.ProposedOn, c.ClosedOn, c.DetailsCipher,
            c.Steps.OrderBy(s => s.Id).Select(s => new AssistanceStepDto(s.Kind, s.Outcome, s.On, s.Opinion, s.ByName)).ToList(),
            c.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Id).Select(p => new AssistancePaymentDto(p.PaidOn, p.Amount, p.Method)).ToList(), c.Version));

    /// <summary>The case opened for the actor: everything sensitive only when revealed.</summary>
    private AssistanceCaseDto Open(Row r, bool reveal)
    {
        var id = protector.Decrypt(r.IdNumberCipher);
        var details = reveal ? JsonSerializer.Deserialize<AssistanceDetails>(protector.Decrypt(r.DetailsCipher)) : null;
        var line = settings.Get<AssistanceSettings>().HardshipLine;
        return new AssistanceCaseDto(r.Id, r.UnionId, r.UnionName, r.MemberId, reveal ? r.PersonName : Masking.MaskGeneric(r.PersonName), reveal ? id : Masking.MaskIdNumber(id), r.Kind, r.Status,
            r.Year, r.ProposedOn, r.ClosedOn, r.Payments.Sum(p => p.Amount), details, details is null ? null : AssistanceRule.PerHead(details.MonthlyIncome, details.HouseholdSize),
            details is null ? null : AssistanceRule.BelowLine(details.MonthlyIncome, details.HouseholdSize, line),
            [.. r.Steps.Select(s => reveal ? s : s with { Opinion = s.Opinion.Length == 0 ? "" : "***" })], r.Payments, reveal, r.Version);
    }

    public bool MayReveal => actor.MayRevealPersonalData;

    /// <summary>
    /// Whether the actor, who may change the case (it is their union's or under it), may take the step: a review, or a
    /// decline of a proposal, by a union above the proposing one; an approval, or a decline of a reviewed case, by the district.
    /// </summary>
    public bool MayTake(AssistanceAction action, AssistanceStatus status, long caseUnionId)
    {
        var byDistrict = actor.CanWriteDistrictRecords;
        var fromAbove = byDistrict || (actor.UnionId is long own && own != caseUnionId);
        return action switch
        {
            AssistanceAction.Approve => byDistrict,
            AssistanceAction.Review => fromAbove,
            AssistanceAction.Decline => status == AssistanceStatus.Reviewed ? byDistrict : fromAbove,
            _ => true,
        };
    }

    public async Task<Outcome<PagedResult<AssistanceCaseDto>>> ListAsync(PageQuery page, int? year, long? unionId, AssistanceKind? kind, AssistanceStatus? status, bool reveal, CancellationToken ct)
    {
        if (reveal && !MayReveal)
        {
            return Outcome.Forbidden;
        }

        var query = db.Set<HardshipAssistance>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(c => c.Year == y);
        }

        if (unionId is long u)
        {
            var path = db.Unions.IgnoreQueryFilters().Where(x => x.Id == u).Select(x => x.Path);
            query = query.Where(c => path.Any(p => c.Union!.Path.StartsWith(p)));
        }

        if (kind is { } k)
        {
            query = query.Where(c => c.Kind == k);
        }

        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        query = page.Descending ? query.OrderBy(c => c.ProposedOn).ThenBy(c => c.Id) : query.OrderByDescending(c => c.ProposedOn).ThenByDescending(c => c.Id);
        var rows = await page.ApplyAsync(Rows(query), ct);
        if (reveal && rows.Items.Count > 0)
        {
            Audit("reveal", rows.Items.Select(r => r.Id));
            await db.SaveChangesAsync(ct);
        }

        return new PagedResult<AssistanceCaseDto>([.. rows.Items.Select(r => Open(r, reveal))], rows.Total, rows.Page, rows.PageSize);
    }

    public async Task<Outcome<AssistanceCaseDto>> ReadAsync(long id, bool reveal, CancellationToken ct, bool ignoreScope = false)
    {
        if (reveal && !MayReveal)
        {
            return Outcome.Forbidden;
        }

        var row = await Rows((ignoreScope ? db.Set<HardshipAssistance>().IgnoreQueryFilters() : db.Set<HardshipAssistance>()).AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return Outcome.NotFound;
        }

        if (!reveal)
        {
            return Open(row, false);
        }

        Audit("reveal", [row.Id]);
        await db.SaveChangesAsync(ct);
        return Open(row, true) with { Documents = await RecordDocuments.ListAsync(db, AssistanceCaseDocuments.Owner, id, ct) };
    }

    private void Audit(string action, IEnumerable<long> ids)
    {
        var list = ids.ToList();
        db.RecordEvent(action, nameof(HardshipAssistance), list.Count == 1 ? list[0].ToString(CultureInfo.InvariantCulture) : null, $"{{\"cases\":[{string.Join(',', list)}]}}");
    }

    /// <summary>The case with its steps and payments when the actor may change it (their union's or under it).</summary>
    public async Task<Outcome<HardshipAssistance>> FindAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<HardshipAssistance>().IgnoreQueryFilters().Include(c => c.Steps).Include(c => c.Payments).Where(c => c.Id == id)
            .Select(c => new { Case = c, c.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Case : Outcome.Forbidden;
    }

    /// <summary>A case proposed for a member of the union (or under it), or for a worker not yet a member by name and ID number.</summary>
    public async Task<Outcome<AssistanceCaseDto>> ProposeAsync(AssistanceProposal input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = input.UnionId is long unionId ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct) : null;
        if (path is null)
        {
            e.Add("unionId", t["Member.UnionRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(path))
        {
            return Outcome.Forbidden;
        }

        string? name = null, idNumber = null, idHash = null;
        long? memberId = null;
        if (input.MemberId is long mid)
        {
            var member = path is null ? null : await db.Set<Member>().IgnoreQueryFilters().Where(m => m.Id == mid && m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(path))
                .Select(m => new { m.Id, m.Name, m.IdNumberCipher, m.IdNumberHash }).FirstOrDefaultAsync(ct);
            if (member is null)
            {
                e.Add("memberId", t["Assistance.MemberOutside"]);
            }
            else
            {
                (memberId, name, idNumber, idHash) = (member.Id, member.Name, protector.Decrypt(member.IdNumberCipher), member.IdNumberHash);
            }

            // The member's record names them; a name or number sent beside it is still held to its field's limit.
            e.Optional(t, "personName", input.PersonName, 50);
            e.Optional(t, "idNumber", input.IdNumber, 18);
        }
        else
        {
            name = e.Required(t, "personName", input.PersonName, 50, "Assistance.PersonRequired");
            var check = IdNumber.Check(input.IdNumber, LocalizationSetup.Today);
            if (check.Problem is { } problem)
            {
                e.Add("idNumber", t[$"IdNumber.{problem}"]);
            }
            else
            {
                (idNumber, idHash) = (check.Value!, protector.Hash(check.Value!));
                // A worker who is a member already is linked to the membership.
                memberId = await db.Set<Member>().IgnoreQueryFilters().Where(m => m.IdNumberHash == idHash && m.Status == MemberStatus.Active).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
            }
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Assistance.KindRequired"]);
        }

        if (input.ProposedOn is not { } on || on.Year < 2000 || on > LocalizationSetup.Today)
        {
            e.Add("proposedOn", t["Assistance.DateInvalid"]);
        }

        if (input.HouseholdSize is not (>= 1 and <= 30))
        {
            e.Add("householdSize", t["Assistance.HouseholdInvalid"]);
        }

        if (input.MonthlyIncome is not { } income || income < 0 || income > 10_000_000 || decimal.Round(income, 2) != income)
        {
            e.Add("monthlyIncome", t["Assistance.IncomeInvalid"]);
        }

        var cause = e.Required(t, "cause", input.Cause, 1000, "Assistance.CauseRequired");
        var opinion = e.Optional(t, "opinion", input.Opinion, 1000) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        var details = JsonSerializer.Serialize(new AssistanceDetails(input.HouseholdSize!.Value, input.MonthlyIncome!.Value, cause!), Compact);
        var created = new HardshipAssistance
        {
            UnionId = input.UnionId!.Value, MemberId = memberId, PersonName = name!, IdNumberCipher = protector.Encrypt(idNumber!), IdNumberHash = idHash!, Kind = input.Kind!.Value,
            Status = AssistanceStatus.Proposed, Year = input.ProposedOn!.Value.Year, ProposedOn = input.ProposedOn.Value,
            DetailsCipher = protector.Encrypt(details), DetailsHash = protector.Hash(details),
            Steps = [new AssistanceStep { Kind = AssistanceStepKind.Proposed, On = input.ProposedOn.Value, Opinion = opinion, ByName = actor.UserName ?? "" }],
        };
        db.Add(created);
        await db.SaveChangesAsync(ct);
        // Answered masked like any read: the details are shown only when asked for, and audited then.
        return await ReadAsync(created.Id, false, ct, ignoreScope: true);
    }

    /// <summary>
    /// A step of the chain: the review by a union above the proposing one (not the proposer itself), the approval by the
    /// district, a decline by either, a hardship file's yearly review, the closing.
    /// </summary>
    public Task<Outcome<AssistanceCaseDto>> StepAsync(long id, AssistanceAction action, AssistanceStepInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, FindAsync, async c =>
        {
            if (!AssistanceRule.Allows(c.Status, c.Kind, action))
            {
                return (Outcome?)Outcome.Conflict(t["Assistance.StepNotAllowed", t[$"AssistanceStatus.{c.Status}"].Value]);
            }

            if (!MayTake(action, c.Status, c.UnionId))
            {
                return Outcome.Forbidden;
            }

            var e = new ValidationErrors();
            var last = c.Steps.Max(s => s.On);
            if (input.On is not { } on || on < last || on > LocalizationSetup.Today)
            {
                e.Add("on", t["Assistance.StepDateInvalid", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            }

            var opinion = e.Optional(t, "opinion", input.Opinion, 1000) ?? "";
            if (action == AssistanceAction.YearlyReview && (input.Outcome is not { } outcome || !Enum.IsDefined(outcome)))
            {
                e.Add("outcome", t["Assistance.OutcomeRequired"]);
            }

            if (action is AssistanceAction.Decline or AssistanceAction.Close && opinion.Length == 0)
            {
                e.Add("opinion", t["Assistance.OpinionRequired"]);
            }

            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            var day = input.On!.Value;
            var (kind, status) = action switch
            {
                AssistanceAction.Review => (AssistanceStepKind.Reviewed, AssistanceStatus.Reviewed),
                AssistanceAction.Approve => (AssistanceStepKind.Approved, AssistanceStatus.Approved),
                AssistanceAction.Decline => (AssistanceStepKind.Declined, AssistanceStatus.Declined),
                AssistanceAction.YearlyReview => (AssistanceStepKind.YearlyReview, input.Outcome == YearlyReviewOutcome.Renewed ? AssistanceStatus.Approved : AssistanceStatus.Closed),
                _ => (AssistanceStepKind.Closed, AssistanceStatus.Closed),
            };
            c.Steps.Add(new AssistanceStep { Kind = kind, Outcome = action == AssistanceAction.YearlyReview ? input.Outcome : null, On = day, Opinion = opinion, ByName = actor.UserName ?? "" });
            c.Status = status;
            c.ClosedOn = status is AssistanceStatus.Closed or AssistanceStatus.Declined ? day : null;
            return null;
        }, async (x, ct2) => (await ReadAsync(x, false, ct2, ignoreScope: true)).Value!, ct);

    /// <summary>A payment of an approved case, within the case's cap and the person's cap for the year (refused naming the cap broken).</summary>
    public Task<Outcome<AssistanceCaseDto>> PayAsync(long id, AssistancePaymentInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, FindAsync, async c =>
        {
            if (!AssistanceRule.Allows(c.Status, c.Kind, AssistanceAction.Pay))
            {
                return (Outcome?)Outcome.Conflict(t["Assistance.StepNotAllowed", t[$"AssistanceStatus.{c.Status}"].Value]);
            }

            var e = new ValidationErrors();
            var approved = c.Steps.Where(s => s.Kind == AssistanceStepKind.Approved).Select(s => s.On).DefaultIfEmpty(c.ProposedOn).Max();
            if (input.PaidOn is not { } paidOn || paidOn < approved || paidOn > LocalizationSetup.Today)
            {
                e.Add("paidOn", t["Assistance.PaidOnInvalid", approved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            }

            if (input.Amount is not { } amount || amount <= 0 || decimal.Round(amount, 2) != amount)
            {
                e.Add("amount", t["ServicePurchase.AmountInvalid"]);
            }

            if (input.Method is not { } method || !Enum.IsDefined(method))
            {
                e.Add("method", t["Assistance.MethodRequired"]);
            }

            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            var year = input.PaidOn!.Value.Year;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var hash = c.IdNumberHash;
            var personYear = (await db.Set<AssistancePayment>().IgnoreQueryFilters().Where(p => p.Case!.IdNumberHash == hash && p.PaidOn >= from && p.PaidOn <= to)
                .Select(p => p.Amount).ToListAsync(ct)).Sum();
            var s = settings.Get<AssistanceSettings>();
            if (AssistanceRule.BrokenCap(c.Payments.Sum(p => p.Amount), personYear, input.Amount!.Value, s.CaseCap, s.YearCap) is { } cap)
            {
                return Outcome.RuleBroken(cap, t[$"Assistance.{cap[(cap.IndexOf(':') + 1)..]}Broken",
                    (cap == "Assistance:CaseCap" ? s.CaseCap : s.YearCap).ToString("N2", CultureInfo.InvariantCulture)]);
            }

            c.Payments.Add(new AssistancePayment { PaidOn = input.PaidOn.Value, Amount = input.Amount.Value, Method = input.Method!.Value });
            return null;
        }, async (x, ct2) => (await ReadAsync(x, false, ct2, ignoreScope: true)).Value!, ct);

    /// <summary>Cases, approved cases and amounts paid in the year per union the actor sees (its subtree summed) and kind.</summary>
    public async Task<IReadOnlyList<AssistanceTally>> TalliesAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var cases = await db.Set<HardshipAssistance>().AsNoTracking().Where(c => c.Year == year)
            .Select(c => new { c.Union!.Path, c.Kind, c.Status }).ToListAsync(ct);
        var paid = await db.Set<AssistancePayment>().AsNoTracking().Where(p => p.PaidOn >= from && p.PaidOn <= to).Select(p => new { p.Case!.Union!.Path, p.Case.Kind, p.Amount }).ToListAsync(ct);
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion || u.Kind == UnionKind.AreaFederation).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        return [.. unions.SelectMany(u => Enum.GetValues<AssistanceKind>().Select(k => new AssistanceTally(u.Id, u.Name, k,
                cases.Count(c => c.Kind == k && c.Path.StartsWith(u.Path, StringComparison.Ordinal)),
                cases.Count(c => c.Kind == k && c.Status is AssistanceStatus.Approved or AssistanceStatus.Closed && c.Path.StartsWith(u.Path, StringComparison.Ordinal)),
                paid.Where(p => p.Kind == k && p.Path.StartsWith(u.Path, StringComparison.Ordinal)).Sum(p => p.Amount))))
            .Where(x => x.Cases > 0 || x.Paid > 0)];
    }
}

public sealed record AssistanceTally(long UnionId, string UnionName, AssistanceKind Kind, int Cases, int Approved, decimal Paid);
