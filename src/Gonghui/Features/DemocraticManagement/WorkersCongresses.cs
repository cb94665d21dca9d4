using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

public sealed record WorkersCongressInput(long? EnterpriseId, DateOnly? HeldOn, int? Entitled, int? Present, [property: MaxLength(2000)] string? Agenda, long? Version) : IEnterpriseRecordInput;

/// <param name="Quorate">At least two thirds of those entitled present (as L10 asks of a congress).</param>
public sealed record WorkersCongressDto(long Id, long EnterpriseId, string EnterpriseName, DateOnly HeldOn, int Entitled, int Present, bool Quorate, string Agenda, long Version) : IRecordDto;

/// <summary><c>/api/v1/workers-congresses</c>: sessions of enterprises' workers' congresses (R6).</summary>
public sealed class WorkersCongresses : IRecordKind<WorkersCongress, WorkersCongressInput, WorkersCongressDto>
{
    public static string Path => "/workers-congresses";

    public static string Name => "WorkersCongress";

    public static void Check(WorkersCongressInput input, ValidationErrors e, IStringLocalizer t)
    {
        if (input.HeldOn is not { } on || on > LocalizationSetup.Today)
        {
            e.Add("heldOn", t["Bargaining.DateInvalid"]);
        }

        if (input.Entitled is not > 0)
        {
            e.Add("entitled", t["Bargaining.VoteEntitledInvalid"]);
        }
        else if (input.Present is not { } present || present < 0 || present > input.Entitled)
        {
            e.Add("present", t["Bargaining.VotePresentInvalid"]);
        }

        e.Required(t, "agenda", input.Agenda, 2000, "Democracy.AgendaRequired");
    }

    public static void Apply(WorkersCongress target, WorkersCongressInput input)
    {
        target.EnterpriseId = input.EnterpriseId!.Value;
        target.HeldOn = input.HeldOn!.Value;
        target.Entitled = input.Entitled!.Value;
        target.Present = input.Present!.Value;
        target.Agenda = input.Agenda!.Trim();
    }

    public static Expression<Func<WorkersCongress, WorkersCongressDto>> ToDto =>
        x => new WorkersCongressDto(x.Id, x.EnterpriseId, x.Enterprise!.Name, x.HeldOn, x.Entitled, x.Present, x.Present * 3 >= x.Entitled * 2, x.Agenda, x.Version);

    public static Expression<Func<WorkersCongress, bool>> InYear(int year) =>
        x => x.HeldOn >= new DateOnly(year, 1, 1) && x.HeldOn <= new DateOnly(year, 12, 31);

    public static Expression<Func<WorkersCongress, object>> OrderBy => x => x.HeldOn;

    internal static void MapWrites(RouteGroupBuilder g) =>
        DemocraticManagementModule.MapWrites(g, Name,
            (WorkersCongressInput input, EnterpriseRecords<WorkersCongresses, WorkersCongress, WorkersCongressInput, WorkersCongressDto> h, Problems p, CancellationToken ct) => h.CreateHttpAsync(input, p, ct),
            (long id, WorkersCongressInput input, EnterpriseRecords<WorkersCongresses, WorkersCongress, WorkersCongressInput, WorkersCongressDto> h, Problems p, CancellationToken ct) => h.UpdateHttpAsync(id, input, p, ct));
}
