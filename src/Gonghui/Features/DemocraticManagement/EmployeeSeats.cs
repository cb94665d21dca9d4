using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Gonghui.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

public sealed record EmployeeSeatInput(long? EnterpriseId, SeatKind? Kind, [property: MaxLength(50)] string? HolderName, DateOnly? TermStartOn, DateOnly? TermEndOn, long? Version) : IEnterpriseRecordInput;

public sealed record EmployeeSeatDto(long Id, long EnterpriseId, string EnterpriseName, SeatKind Kind, string HolderName, DateOnly TermStartOn, DateOnly? TermEndOn, long Version) : IRecordDto;

/// <summary><c>/api/v1/employee-seats</c>: employee directors' and supervisors' seats on enterprises' boards (R6), with their terms.</summary>
public sealed class EmployeeSeats : IRecordKind<EmployeeSeat, EmployeeSeatInput, EmployeeSeatDto>
{
    public static string Path => "/employee-seats";

    public static string Name => "EmployeeSeat";

    public static void Check(EmployeeSeatInput input, ValidationErrors e, IStringLocalizer t)
    {
        if (input.Kind is null)
        {
            e.Add("kind", t["Democracy.SeatKindRequired"]);
        }

        e.Required(t, "holderName", input.HolderName, 50, "Member.NameRequired");
        if (input.TermStartOn is null)
        {
            e.Add("termStartOn", t["Officer.StartRequired"]);
        }
        else if (input.TermEndOn < input.TermStartOn)
        {
            e.Add("termEndOn", t["Officer.EndBeforeStart"]);
        }
    }

    public static void Apply(EmployeeSeat target, EmployeeSeatInput input)
    {
        target.EnterpriseId = input.EnterpriseId!.Value;
        target.Kind = input.Kind!.Value;
        target.HolderName = input.HolderName!.Trim();
        target.TermStartOn = input.TermStartOn!.Value;
        target.TermEndOn = input.TermEndOn;
    }

    public static Expression<Func<EmployeeSeat, EmployeeSeatDto>> ToDto =>
        x => new EmployeeSeatDto(x.Id, x.EnterpriseId, x.Enterprise!.Name, x.Kind, x.HolderName, x.TermStartOn, x.TermEndOn, x.Version);

    /// <summary>A seat counts for every year its term touches.</summary>
    public static Expression<Func<EmployeeSeat, bool>> InYear(int year) =>
        x => x.TermStartOn <= new DateOnly(year, 12, 31) && (x.TermEndOn == null || x.TermEndOn >= new DateOnly(year, 1, 1));

    public static Expression<Func<EmployeeSeat, object>> OrderBy => x => x.TermStartOn;

    internal static void MapWrites(RouteGroupBuilder g) =>
        DemocraticManagementModule.MapWrites(g, Name,
            (EmployeeSeatInput input, EnterpriseRecords<EmployeeSeats, EmployeeSeat, EmployeeSeatInput, EmployeeSeatDto> h, Problems p, CancellationToken ct) => h.CreateHttpAsync(input, p, ct),
            (long id, EmployeeSeatInput input, EnterpriseRecords<EmployeeSeats, EmployeeSeat, EmployeeSeatInput, EmployeeSeatDto> h, Problems p, CancellationToken ct) => h.UpdateHttpAsync(id, input, p, ct));
}
