using Gonghui.Features.Enterprises;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Bargaining;
using Gonghui.Features.DecisionMeetings;
using Gonghui.Features.InfoReports;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.Leadership;
using Gonghui.Features.Organisation;
using Gonghui.Features.Training;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>One line of the report: its section, what it counts (a stable key and its label), the figure, and the records behind it in the console.</summary>
public sealed record ReportFigure(string Section, string Key, string Label, string Value, string? Page);

/// <param name="UnionId">The union reported on; none for the whole district.</param>
/// <param name="Issuer">The union that issues the printed report: the reader's own (the district federation for the district's staff).</param>
public sealed record AnnualReport(int Year, DateOnly AsOf, long? UnionId, string Name, IReadOnlyList<ReportFigure> Figures, ComplianceResult Scorecard, IReadOnlyList<ListAnnualPlans.Row> Plans, string Issuer)
{
    /// <summary>
    /// Whether the figures are the closed year's kept ones or today's registry, in words, for every form of the report
    /// (a reader of the paper or the workbook cannot ask the page); null when the scorecard says neither.
    /// </summary>
    public string? Basis(IStringLocalizer t) =>
        Scorecard.ClosedAt is { } closedAt ? t["ClosedYear.Marker", Year, closedAt.ToLocalText()].Value
        : Scorecard.RegistryIsToday ? t["ClosedYear.OpenMarker", Year].Value
        : null;
}

/// <summary>
/// The annual report (R16) of a union (an industrial union and the unions below it) or of the whole district for a year:
/// organisation and coverage, bargaining, the working mechanisms' records of the year, the scorecard and the annual
/// plans' scores. Figures come from the records at the time of asking, as the scorecard's do; a closed year's registry figures are those kept at its close.
/// </summary>
public sealed class GetAnnualReport(GonghuiDbContext db, GetCompliance compliance, ListAnnualPlans plans, TrainingFacts training, CurrentActor actor, ScopedUnions scoped, IStringLocalizer<SharedResource> t)
{
    /// <summary>The kind of <see cref="ClosedYearFigures"/> the report's registry figures are kept as.</summary>
    public const string Kind = "report";

    public async Task<Outcome<AnnualReport>> HandleAsync(int year, long? unionId, CancellationToken ct)
    {
        var scorecard = await compliance.HandleAsync(year, unionId, ct);
        if (!scorecard.IsOk)
        {
            return scorecard.Failed<AnnualReport>();
        }

        // The union's subtree, or (for the district) everything the actor sees.
        var union = unionId is long id ? await db.Unions.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Name, u.Path }).FirstAsync(ct) : null;
        var path = union?.Path ?? "/";
        // Without a union chosen the report covers the actor's whole view: the district's, or a union staffer's own union.
        // The printed report is issued by the reader's union (the tree's root for the district's staff).
        var issuer = await scoped.RootNameAsync(ct);
        var name = union?.Name ?? (actor.SeesAllUnions ? null : issuer) ?? t["Report.District"].Value;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var (fromAt, toAt) = (Instant(from), Instant(to.AddDays(1)));
        var figures = new List<ReportFigure>();
        // Counts with thousands separators (20,005), on the page and in the workbook and PDF alike.
        void Add(string section, string label, object value, string? page = null) =>
            figures.Add(new ReportFigure(t[$"Report.Section.{section}"], label, t[$"Report.{label}"],
                value switch
                {
                    int n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    long n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                }, page));

        // A closed year's registry figures are those kept at its close: the union's, or for the district the actor's
        // whole view (the district's, or a union's staff's own union).
        var keptFor = unionId ?? (actor.SeesAllUnions ? null : actor.UnionId);
        var organisation = (scorecard.Value!.ClosedAt is null ? null : await KeptYear.FiguresAsync<OrganisationFigures>(db, year, Kind, keptFor, ct))
            ?? OrganisationFigures.Under(await OrganisationFigures.ByUnionAsync(db, path, everyUnion: false, ct), path);
        Add("Organisation", "Unions", organisation.Unions, "/organisation/unions");
        Add("Organisation", "CoveredEnterprises", organisation.Enterprises, unionId is null ? "/organisation/enterprises?covered=true" : $"/organisation/enterprises?underUnionId={unionId}");
        Add("Organisation", "Members", organisation.Members, "/organisation/members");
        Add("Organisation", "MembershipRate", Numbers.Percent(organisation.MembershipRate), "/organisation/coverage");

        var contracts = await db.Set<CollectiveContract>().Where(c => c.Union!.Path.StartsWith(path) && c.SignedOn != null && c.EffectiveOn != null && c.EffectiveOn <= to && c.StartOn <= to && c.EndOn >= from)
            .Select(c => new { c.Kind, Covered = c.Enterprises.Count() }).ToListAsync(ct);
        Add("Bargaining", "ContractsInForce", contracts.Count, "/bargaining/contracts");
        Add("Bargaining", "IndustryWageContracts", contracts.Count(c => c.Kind == ContractKind.IndustryWage), "/bargaining/contracts");
        Add("Bargaining", "ContractEnterprises", contracts.Sum(c => c.Covered), "/bargaining");

        var reports = await db.Set<WorkforceReport>().Where(r => r.Union!.Path.StartsWith(path) && r.Year == year && r.SubmittedOn != null).CountAsync(ct);
        Add("Mechanisms", "JointMeetings", await db.Set<JointMeeting>().CountAsync(m => m.Union!.Path.StartsWith(path) && m.HeldOn >= from && m.HeldOn <= to, ct), "/mechanisms/joint-meetings");
        Add("Mechanisms", "WorkforceReports", reports, $"/mechanisms/workforce-reports?year={year}");
        Add("Mechanisms", "DecisionMeetings", await db.Set<DecisionMeeting>().CountAsync(m => m.Union!.Path.StartsWith(path) && m.HeldOn >= from && m.HeldOn <= to, ct), "/mechanisms/decision-meetings");
        Add("Mechanisms", "InfoReports", await db.Set<InfoReport>().CountAsync(r => r.Union!.Path.StartsWith(path) && r.SubmittedAt >= fromAt && r.SubmittedAt < toAt, ct), "/mechanisms/info-reports");
        Add("Mechanisms", "InfoReportsAdopted", await db.Set<InfoReport>().CountAsync(r => r.Union!.Path.StartsWith(path) && r.SubmittedAt >= fromAt && r.SubmittedAt < toAt && r.Status == InfoReportStatus.Adopted, ct), "/mechanisms/info-reports");
        Add("Mechanisms", "WarningCasesOpened", await db.Set<WarningCase>().CountAsync(c => c.Union!.Path.StartsWith(path) && c.OpenedAt >= fromAt && c.OpenedAt < toAt, ct), "/mechanisms/warning-cases");
        Add("Mechanisms", "WarningCasesClosed", await db.Set<WarningCase>().CountAsync(c => c.Union!.Path.StartsWith(path) && c.ClosedOn >= from && c.ClosedOn <= to, ct), "/mechanisms/warning-cases");
        Add("Mechanisms", "PartyGroupSessions", await db.Set<LeadershipSession>().CountAsync(s => s.HeldOn >= from && s.HeldOn <= to, ct), "/assessment/leadership");

        Add("Democracy", "CongressSessions", await db.Set<Congresses.CongressSession>().CountAsync(c => c.Union!.Path.StartsWith(path) && c.HeldOn >= from && c.HeldOn <= to, ct), "/democracy/congresses");
        Add("Democracy", "ElectionsApproved", await db.Set<Congresses.Election>().CountAsync(e => e.Union!.Path.StartsWith(path) && e.Status == Congresses.ElectionStatus.Approved && e.DecidedAt >= fromAt && e.DecidedAt < toAt, ct), "/democracy/congresses");
        Add("Democracy", "AffairsNotices", await db.Set<OpenAffairs.AffairsNotice>().CountAsync(n => n.Union!.Path.StartsWith(path) && n.PublishedOn >= from && n.PublishedOn <= to, ct), "/democracy/open-affairs");
        Add("Democracy", "Evaluations", await db.Set<Evaluations.Evaluation>().CountAsync(e => e.Union!.Path.StartsWith(path) && e.Year == year, ct), "/democracy/evaluations");
        Add("Democracy", "Proposals", await db.Set<Representatives.Proposal>().CountAsync(p => p.Union!.Path.StartsWith(path) && p.Year == year, ct), "/democracy/proposals");
        Add("Democracy", "Representatives", await db.Set<Representatives.Representative>().CountAsync(r => r.Term!.Union!.Path.StartsWith(path) && r.ElectedOn <= to && (r.EndedOn == null || r.EndedOn > to), ct), "/democracy/representatives");

        Add("Frontline", "StationsScored", await db.Set<Stations.StationScore>().CountAsync(c => c.Station!.Union!.Path.StartsWith(path) && c.Year == year, ct), $"/frontline/stations?year={year}");
        Add("Frontline", "WorkersHomesBuilt", await db.Set<WorkersHomes.WorkersHome>().CountAsync(h => h.Union!.Path.StartsWith(path) && h.BuiltOn >= from && h.BuiltOn <= to, ct), "/frontline/workers-homes");
        Add("Frontline", "HomeTitlesGiven", await db.Set<WorkersHomes.HomeTitle>().CountAsync(i => i.Home!.Union!.Path.StartsWith(path) && i.Year == year, ct), "/frontline/workers-homes");

        var certified = (await training.CertifiedAsync([(0, path)], from, to, ct))[0].Workers;
        Add("Services", "CertifiedWorkers", certified, $"/services/training?year={year}");
        var competitions = await db.Set<SkillsCompetition>().Where(c => c.Union!.Path.StartsWith(path) && c.HeldOn >= from && c.HeldOn <= to)
            .GroupBy(c => 1).Select(g => new { Count = g.Count(), Entrants = g.Sum(c => c.Entrants) }).SingleOrDefaultAsync(ct); // one group at most
        Add("Services", "SkillsCompetitions", competitions?.Count ?? 0, "/services/competitions");
        Add("Services", "CompetitionEntrants", competitions?.Entrants ?? 0, "/services/competitions");
        Add("Services", "CardsIssued", await db.Set<ServiceCards.ServiceCard>().CountAsync(ServiceCards.ServiceCardFacts.IssuedBetween(path, from, to), ct), "/services/cards");
        Add("Services", "ServicePurchases", await db.Set<Services.ServicePurchase>().CountAsync(Services.ServiceFacts.PurchasesRunning(path, from, to), ct), $"/services/purchases?year={year}");
        // Summed here, not in SQL: SQLite sums no decimals.
        var spent = (await db.Set<Services.PurchasePayment>().Where(p => p.Purchase!.Union!.Path.StartsWith(path) && p.PaidOn >= from && p.PaidOn <= to).Select(p => p.Amount).ToListAsync(ct)).Sum();
        Add("Services", "ServiceSpend", spent.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), $"/services/purchases?year={year}");
        var delivered = Services.ServiceFacts.Under(await Services.ServiceFacts.DeliveredAsync(db, from, to, ct), path);
        Add("Services", "ServiceDeliveries", delivered.Values.Sum(d => d.Deliveries), $"/services/deliveries?year={year}");
        Add("Services", "WorkersServed", delivered.Values.Sum(d => d.Workers), $"/services/deliveries?year={year}");
        foreach (var (category, (deliveries, workers)) in delivered.OrderBy(d => d.Key))
        {
            figures.Add(new ReportFigure(t["Report.Section.Services"], $"Delivered.{category}", t["Report.DeliveredIn", t[$"ServiceCategory.{category}"]],
                t["Report.DeliveriesAndWorkers", deliveries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), workers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)],
                $"/services/deliveries?year={year}"));
        }

        Add("Services", "AssistanceCases", await db.Set<Assistance.HardshipAssistance>().CountAsync(Assistance.AssistanceFacts.ProposedIn(path, year), ct), "/services/assistance");
        var aid = (await db.Set<Assistance.AssistancePayment>().Where(Assistance.AssistanceFacts.PaidBetween(path, from, to)).Select(p => p.Amount).ToListAsync(ct)).Sum();
        Add("Services", "AssistancePaid", aid.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), "/services/assistance");

        var items = scorecard.Value!.Items;
        Add("Assessment", "RulesMet", items.Count(i => i.Status == ComplianceStatus.Met), $"/assessment?year={year}");
        Add("Assessment", "RulesNotMet", items.Count(i => i.Status == ComplianceStatus.NotMet), $"/assessment?year={year}");
        var planRows = (await plans.HandleAsync(new PageQuery(1, PageQuery.MaxPageSize, null, null), year, unionId, ct)).Items;
        return new AnnualReport(year, scorecard.Value.AsOf, unionId, name, figures, scorecard.Value, planRows, issuer ?? name);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (GetAnnualReport h, Problems p, int? year, long? unionId, CancellationToken ct) =>
                (await h.HandleAsync(year ?? LocalizationSetup.Today.Year, unionId, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetAnnualReport");

    private static DateTime Instant(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), LocalizationSetup.Shanghai);
}
