using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.DemocraticManagement;

public static class DemocraticManagementModule
{
    public static IServiceCollection AddDemocraticManagement(this IServiceCollection services) =>
        services.AddScoped<DemocraticRecordAccess>()
            .AddScoped<EnterpriseRecords<WorkersCongresses, WorkersCongress, WorkersCongressInput, WorkersCongressDto>>()
            .AddScoped<EnterpriseRecords<FactoryAffairsOpenness, FactoryAffairsItem, FactoryAffairsItemInput, FactoryAffairsItemDto>>()
            .AddScoped<EnterpriseRecords<EmployeeSeats, EmployeeSeat, EmployeeSeatInput, EmployeeSeatDto>>()
            .AddScoped<GetDemocraticManagement>();

    public static void MapDemocraticManagement(this RouteGroupBuilder api)
    {
        WorkersCongresses.MapWrites(MapRecords<WorkersCongresses, WorkersCongress, WorkersCongressInput, WorkersCongressDto>(api));
        FactoryAffairsOpenness.MapWrites(MapRecords<FactoryAffairsOpenness, FactoryAffairsItem, FactoryAffairsItemInput, FactoryAffairsItemDto>(api));
        EmployeeSeats.MapWrites(MapRecords<EmployeeSeats, EmployeeSeat, EmployeeSeatInput, EmployeeSeatDto>(api));
        GetDemocraticManagement.Map(api);
    }

    /// <summary>
    /// The list and delete endpoints of one kind of record. Record and correct take the kind's own input type and are
    /// mapped by the kind (<c>MapWrites</c>): the route analyser cannot read a handler whose body is a type parameter.
    /// </summary>
    private static RouteGroupBuilder MapRecords<TKind, TRecord, TInput, TDto>(RouteGroupBuilder api)
        where TKind : IRecordKind<TRecord, TInput, TDto>
        where TRecord : class, IEnterpriseRecord, new()
        where TInput : IEnterpriseRecordInput
        where TDto : class, IRecordDto
    {
        var g = api.MapGroup(TKind.Path).WithTags("DemocraticManagement").RequireAuthorization(Policies.ReadOrganisation);
        g.MapGet("/", async (EnterpriseRecords<TKind, TRecord, TInput, TDto> h, int? page, int? pageSize, long? enterpriseId, int? year, string? sort, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new PageQuery(page, pageSize, null, sort), enterpriseId, year, ct)))
            .WithName($"List{TKind.Name}s");
        g.MapDelete("/{id:long}", async (long id, long? version, EnterpriseRecords<TKind, TRecord, TInput, TDto> h, Problems p, CancellationToken ct) =>
                (await h.DeleteAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName($"Delete{TKind.Name}");
        return g;
    }

    /// <summary>Record (<c>POST</c>) and correct (<c>PUT /{id}</c>), given the kind's handlers with its concrete input type.</summary>
    internal static void MapWrites(RouteGroupBuilder g, string name, Delegate record, Delegate update)
    {
        g.MapPost("/", record).Produces(StatusCodes.Status201Created).RequireAuthorization(Policies.WriteRegistry).WithName($"Record{name}");
        g.MapPut("/{id:long}", update).RequireAuthorization(Policies.WriteRegistry).WithName($"Update{name}");
    }
}
