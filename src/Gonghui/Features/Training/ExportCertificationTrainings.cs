using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary><c>GET /api/v1/certification-trainings/export?year=&amp;unionId=&amp;level=&amp;q=&amp;format=xlsx|csv</c>: the list's trainings with trainees and certificates; audited.</summary>
public sealed class ExportCertificationTrainings(ListCertificationTrainings list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, SkillLevel? level, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(CertificationTraining), "certification-trainings", page => list.HandleAsync(page, year, unionId, level, ct), query, c => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = c.UnionName,
            [t["Training.Title"]] = c.Title,
            [t["Training.Occupation"]] = c.Occupation,
            [t["Training.Level"]] = t[$"SkillLevel.{c.Level}"].Value,
            [t["Training.Provider"]] = c.Provider,
            [t["Training.StartOn"]] = ListExport.Day(c.StartOn),
            [t["Training.EndOn"]] = ListExport.Day(c.EndOn),
            [t["Training.Trainees"]] = c.Trainees,
            [t["Training.Certificates"]] = c.Certificates,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportCertificationTrainings h, string? q, string? sort, int? year, long? unionId, string? level, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, EnumText.Parse<SkillLevel>(level), format, ct))
            .WithName("ExportCertificationTrainings");
}
