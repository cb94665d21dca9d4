using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

public sealed record FactoryAffairsItemInput(long? EnterpriseId, DateOnly? PublishedOn, [property: MaxLength(200)] string? Title, [property: MaxLength(100)] string? Channel, long? Version) : IEnterpriseRecordInput;

public sealed record FactoryAffairsItemDto(long Id, long EnterpriseId, string EnterpriseName, DateOnly PublishedOn, string Title, string? Channel, long Version) : IRecordDto;

/// <summary><c>/api/v1/factory-affairs-openness</c>: items enterprises published under factory-affairs openness (R6).</summary>
public sealed class FactoryAffairsOpenness : IRecordKind<FactoryAffairsItem, FactoryAffairsItemInput, FactoryAffairsItemDto>
{
    public static string Path => "/factory-affairs-openness";

    public static string Name => "FactoryAffairsItem";

    public static void Check(FactoryAffairsItemInput input, ValidationErrors e, IStringLocalizer t)
    {
        if (input.PublishedOn is not { } on || on > LocalizationSetup.Today)
        {
            e.Add("publishedOn", t["Bargaining.DateInvalid"]);
        }

        e.Required(t, "title", input.Title, 200, "Bargaining.TitleRequired");
        e.Optional(t, "channel", input.Channel, 100);
    }

    public static void Apply(FactoryAffairsItem target, FactoryAffairsItemInput input)
    {
        target.EnterpriseId = input.EnterpriseId!.Value;
        target.PublishedOn = input.PublishedOn!.Value;
        target.Title = input.Title!.Trim();
        target.Channel = string.IsNullOrWhiteSpace(input.Channel) ? null : input.Channel.Trim();
    }

    public static Expression<Func<FactoryAffairsItem, FactoryAffairsItemDto>> ToDto =>
        x => new FactoryAffairsItemDto(x.Id, x.EnterpriseId, x.Enterprise!.Name, x.PublishedOn, x.Title, x.Channel, x.Version);

    public static Expression<Func<FactoryAffairsItem, bool>> InYear(int year) =>
        x => x.PublishedOn >= new DateOnly(year, 1, 1) && x.PublishedOn <= new DateOnly(year, 12, 31);

    public static Expression<Func<FactoryAffairsItem, object>> OrderBy => x => x.PublishedOn;

    internal static void MapWrites(RouteGroupBuilder g) =>
        DemocraticManagementModule.MapWrites(g, Name,
            (FactoryAffairsItemInput input, EnterpriseRecords<FactoryAffairsOpenness, FactoryAffairsItem, FactoryAffairsItemInput, FactoryAffairsItemDto> h, Problems p, CancellationToken ct) => h.CreateHttpAsync(input, p, ct),
            (long id, FactoryAffairsItemInput input, EnterpriseRecords<FactoryAffairsOpenness, FactoryAffairsItem, FactoryAffairsItemInput, FactoryAffairsItemDto> h, Problems p, CancellationToken ct) => h.UpdateHttpAsync(id, input, p, ct));
}
