using Gonghui.Features.Assistance.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assistance;

/// <summary>
/// Hardship assistance and emergency aid (困难帮扶, 大病和意外救助): <c>/api/v1/assistance-cases</c> — <c>GET /?year=&amp;unionId=&amp;kind=&amp;status=&amp;reveal=</c>,
/// <c>GET /export</c> (masked), <c>GET /tallies?year=</c>, <c>GET /{id}?reveal=</c>, <c>POST /</c> (propose), <c>POST /{id}/review|approve|decline|yearly-review|close</c>,
/// <c>POST /{id}/payments</c>.
/// </summary>
public static class AssistanceModule
{
    public static IServiceCollection AddAssistance(this IServiceCollection services) =>
        services.AddSettingDefinitions(AssistanceSettings.Definitions)
            .AddRecordPage<HardshipAssistance>("/services/assistance?open={0}")
            .AddScoped<AssistanceCases>()
            .AddScoped<AssistanceCaseDocuments>();

    private static readonly (AssistanceAction Action, string Path, string Name)[] Actions =
    [
        (AssistanceAction.Review, "review", "ReviewAssistanceCase"),
        (AssistanceAction.Approve, "approve", "ApproveAssistanceCase"),
        (AssistanceAction.Decline, "decline", "DeclineAssistanceCase"),
        (AssistanceAction.YearlyReview, "yearly-review", "ReviewHardshipFile"),
        (AssistanceAction.Close, "close", "CloseAssistanceCase"),
    ];

    public static void MapAssistance(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/assistance-cases").WithTags("Assistance").RequireAuthorization(Policies.ReadOrganisation);
        g.MapGet("/", async (AssistanceCases h, Problems p, int? page, int? pageSize, string? sort, int? year, long? unionId, string? kind, string? status, bool? reveal, CancellationToken ct) =>
                (await h.ListAsync(new PageQuery(page, pageSize, null, sort), year, unionId, EnumText.Parse<AssistanceKind>(kind), EnumText.Parse<AssistanceStatus>(status), reveal == true, ct))
                    .ToHttp(p, TypedResults.Ok))
            .WithName("ListAssistanceCases");
        g.MapGet("/export", (AssistanceCases h, ListExport export, IStringLocalizer<SharedResource> t, string? sort, int? year, long? unionId, string? kind, string? status, string? format,
                CancellationToken ct) =>
                export.WriteAsync(nameof(HardshipAssistance), "assistance-cases",
                    async q => (await h.ListAsync(q, year, unionId, EnumText.Parse<AssistanceKind>(kind), EnumText.Parse<AssistanceStatus>(status), false, ct)).Value!, new PageQuery(null, null, null, sort),
                    x => new Dictionary<string, object?>
                    {
                        [t["Assistance.Person"]] = x.PersonName,
                        [t["Member.IdNumber"]] = x.IdNumber,
                        [t["Member.Union"]] = x.UnionName,
                        [t["Assistance.Kind"]] = t[$"AssistanceKind.{x.Kind}"].Value,
                        [t["Assistance.Status"]] = t[$"AssistanceStatus.{x.Status}"].Value,
                        [t["Assistance.ProposedOn"]] = ListExport.Day(x.ProposedOn),
                        [t["Assistance.Paid"]] = x.Paid,
                    }, format, ct))
            .WithName("ExportAssistanceCases");
        g.MapGet("/tallies", async (AssistanceCases h, int? year, CancellationToken ct) => TypedResults.Ok(await h.TalliesAsync(year ?? Infrastructure.Localization.LocalizationSetup.Today.Year, ct)))
            .WithName("GetAssistanceTallies");
        g.MapGet("/{id:long}", async (long id, bool? reveal, AssistanceCases h, Problems p, CancellationToken ct) => (await h.ReadAsync(id, reveal == true, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetAssistanceCase");
        g.MapPost("/", async (AssistanceProposal input, AssistanceCases h, Problems p, CancellationToken ct) =>
                (await h.ProposeAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/assistance-cases/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ProposeAssistanceCase");
        foreach (var (action, path, name) in Actions)
        {
            g.MapPost($"/{{id:long}}/{path}", async (long id, AssistanceStepInput input, AssistanceCases h, Problems p, CancellationToken ct) =>
                    (await h.StepAsync(id, action, input, ct)).ToHttp(p, TypedResults.Ok))
                .RequireAuthorization(Policies.WriteRegistry)
                .WithName(name);
        }

        g.MapPost("/{id:long}/payments", async (long id, AssistancePaymentInput input, AssistanceCases h, Problems p, CancellationToken ct) =>
                (await h.PayAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("PayAssistanceCase");
        RecordDocuments.Map<AssistanceCaseDocuments>(api, AssistanceCaseDocuments.Owner, "Assistance");
    }
}
