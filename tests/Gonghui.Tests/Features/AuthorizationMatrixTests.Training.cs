using Gonghui.Features.Demo;
using Gonghui.Features.Training;
using Gonghui.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static System.Net.HttpStatusCode;

namespace Gonghui.Tests.Features;

/// <summary>Certification trainings and skills competitions (R7): inside is the high-technology union (CY-GX), outside the education union (CY-JY).</summary>
public abstract partial class AuthorizationMatrixTests
{
    private static async Task<CertificationTrainingInput> TrainingBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), "矩阵取证培训", "电工", SkillLevel.Intermediate, null, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), 5, null);

    /// <summary>A training of the union with one certificate when asked.</summary>
    private static async Task<CertificationTrainingDto> FreshTrainingAsync(GonghuiApp app, string unionCode, bool certified = false)
    {
        var body = await TrainingBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp =>
        {
            var training = (await sp.GetRequiredService<RecordCertificationTraining>().HandleAsync(body, CancellationToken.None)).Value!;
            return certified
                ? (await sp.GetRequiredService<AddTrainingCertificates>().HandleAsync(training.Id, new CertificatesInput([Certificate()], null), CancellationToken.None)).Value!
                : training;
        });
    }

    private static async Task<SkillsCompetitionInput> CompetitionBodyAsync(GonghuiApp app, string unionCode) =>
        new(await app.UnionIdAsync(unionCode), "矩阵技能竞赛", "电工", new DateOnly(2025, 5, 1), 20, [new AwardInput("矩阵职工", "一等奖", null)], null);

    private static async Task<SkillsCompetitionDto> FreshCompetitionAsync(GonghuiApp app, string unionCode)
    {
        var body = await CompetitionBodyAsync(app, unionCode);
        return await app.InScopeAsync(async sp => (await sp.GetRequiredService<RecordSkillsCompetition>().HandleAsync(body, CancellationToken.None)).Value!);
    }

    private static CertificateInput Certificate() => new("矩阵职工", SyntheticIdentities.IdNumber(Random.Shared), "JZ0001", new DateOnly(2025, 4, 1));

    private static IEnumerable<Case> TrainingCases()
    {
        const string Trainings = "/api/v1/certification-trainings", Competitions = "/api/v1/skills-competitions";
        yield return new("list competitions", $"GET {Competitions}", (_, _) => Task.FromResult(Get($"{Competitions}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export competitions", $"GET {Competitions}/export", (_, _) => Task.FromResult(Get($"{Competitions}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("list trainings", $"GET {Trainings}", (_, _) => Task.FromResult(Get($"{Trainings}?year=2025")), OK, OK, OK, OK, Forbidden);
        yield return new("export trainings", $"GET {Trainings}/export", (_, _) => Task.FromResult(Get($"{Trainings}/export?year=2025&format=csv")), OK, OK, OK, OK, Forbidden);
        yield return new("trainings by union", $"GET {Trainings}/by-union", (_, _) => Task.FromResult(Get($"{Trainings}/by-union?year=2025")), OK, OK, OK, OK, Forbidden);
        foreach (var (where, union) in new[] { ("inside", "CY-GX"), ("outside", "CY-JY") })
        {
            var inside = union == "CY-GX";
            var read = inside ? OK : NotFound;
            var write = inside ? OK : Forbidden;
            yield return new($"read competition {where}", $"GET {Competitions}/{{id:long}}", async (a, _) => Get($"{Competitions}/{(await FreshCompetitionAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"record competition {where}", $"POST {Competitions}", async (a, _) => Send(HttpMethod.Post, Competitions, await CompetitionBodyAsync(a, union)),
                Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit competition {where}", $"PUT {Competitions}/{{id:long}}", async (a, _) =>
            {
                var c = await FreshCompetitionAsync(a, union);
                return Send(HttpMethod.Put, $"{Competitions}/{c.Id}", await CompetitionBodyAsync(a, union) with { Version = c.Version });
            }, OK, OK, write, write, Forbidden);
            yield return new($"delete competition {where}", $"DELETE {Competitions}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Competitions}/{(await FreshCompetitionAsync(a, union)).Id}"),
                NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
            yield return new($"read training {where}", $"GET {Trainings}/{{id:long}}", async (a, _) => Get($"{Trainings}/{(await FreshTrainingAsync(a, union)).Id}"), OK, OK, read, read, Forbidden);
            yield return new($"record training {where}", $"POST {Trainings}", async (a, _) => Send(HttpMethod.Post, Trainings, await TrainingBodyAsync(a, union)),
                Created, Created, inside ? Created : Forbidden, inside ? Created : Forbidden, Forbidden);
            yield return new($"edit training {where}", $"PUT {Trainings}/{{id:long}}", async (a, _) =>
            {
                var t = await FreshTrainingAsync(a, union);
                return Send(HttpMethod.Put, $"{Trainings}/{t.Id}", await TrainingBodyAsync(a, union) with { Version = t.Version });
            }, OK, OK, write, write, Forbidden);
            yield return new($"delete training {where}", $"DELETE {Trainings}/{{id:long}}", async (a, _) => Send(HttpMethod.Delete, $"{Trainings}/{(await FreshTrainingAsync(a, union)).Id}"),
                NoContent, NoContent, inside ? NoContent : Forbidden, inside ? NoContent : Forbidden, Forbidden);
            yield return new($"add certificates {where}", $"POST {Trainings}/{{id:long}}/certificates", async (a, _) =>
                Send(HttpMethod.Post, $"{Trainings}/{(await FreshTrainingAsync(a, union)).Id}/certificates", new CertificatesInput([Certificate()], null)), OK, OK, write, write, Forbidden);
            yield return new($"import certificates {where}", $"POST {Trainings}/{{id:long}}/certificates/file", async (a, _) =>
            {
                var t = await FreshTrainingAsync(a, union);
                var c = Certificate();
                var csv = System.Text.Encoding.UTF8.GetBytes($"姓名,身份证号,证书编号,发证日期\r\n{c.WorkerName},{c.IdNumber},{c.CertificateNumber},2025-04-01\r\n");
                return new HttpRequestMessage(HttpMethod.Post, $"{Trainings}/{t.Id}/certificates/file") { Content = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "list.csv" } } };
            }, OK, OK, write, write, Forbidden);
            yield return new($"remove certificate {where}", $"DELETE {Trainings}/{{id:long}}/certificates/{{certificateId:long}}", async (a, _) =>
            {
                var t = await FreshTrainingAsync(a, union, certified: true);
                return Send(HttpMethod.Delete, $"{Trainings}/{t.Id}/certificates/{t.Certificates[0].Id}");
            }, OK, OK, write, write, Forbidden);
        }
    }
}
