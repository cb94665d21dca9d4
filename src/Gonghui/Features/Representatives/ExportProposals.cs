using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/proposals/export?year=&amp;unionId=&amp;status=&amp;kind=&amp;overdue=&amp;q=&amp;format=xlsx|csv</c>: the list's proposals; audited.</summary>
public sealed class ExportProposals(ListProposals list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, ProposalStatus? status, ProposalKind? kind, bool overdueOnly, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(Proposal), "proposals", page => list.HandleAsync(page, year, unionId, status, kind, overdueOnly, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Proposal.Title"]] = x.Title,
            [t["Proposal.Kind"]] = t[$"ProposalKind.{x.Kind}"].Value,
            [t["Proposal.Category"]] = t[$"ProposalCategory.{x.Category}"].Value,
            [t["Proposal.SubmittedOn"]] = ListExport.Day(x.SubmittedOn),
            [t["Proposal.Lead"]] = x.Lead,
            [t["Proposal.Proposers"]] = x.Proposers,
            [t["Proposal.Status"]] = t[$"ProposalStatus.{x.Status}"].Value,
            [t["Proposal.Assignee"]] = x.Assignee,
            [t["Proposal.DueOn"]] = x.DueOn is { } due ? ListExport.Day(due) : null,
            [t["Proposal.AnsweredOn"]] = x.AnsweredOn is { } answered ? ListExport.Day(answered) : null,
            [t["Proposal.Overdue"]] = x.Overdue ? t["Common.Yes"].Value : t["Common.No"].Value,
            [t["Proposal.Rating"]] = x.Rating is { } rating ? t[$"ProposalRating.{rating}"].Value : null,
            [t["Proposal.Reopened"]] = x.Rounds > 1 ? t["Common.Yes"].Value : t["Common.No"].Value,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportProposals h, string? q, string? sort, int? year, long? unionId, string? status, string? kind, bool? overdue, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<ProposalStatus>(status), EnumText.Parse<ProposalKind>(kind), overdue == true, format, ct))
            .WithName("ExportProposals");
}
