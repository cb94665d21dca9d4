using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Training;

public static class TrainingModule
{
    public static IServiceCollection AddTraining(this IServiceCollection services) =>
        services.AddRecordPage<CertificationTraining>("/services/training?open={0}")
            .AddRecordPage<SkillsCompetition>("/services/competitions?open={0}")
            .AddScoped<TrainingRecords>()
            .AddScoped<TrainingFacts>()
            .AddScoped<ListCertificationTrainings>()
            .AddScoped<ExportCertificationTrainings>()
            .AddScoped<GetTrainingByUnion>()
            .AddScoped<GetCertificationTraining>()
            .AddScoped<RecordCertificationTraining>()
            .AddScoped<UpdateCertificationTraining>()
            .AddScoped<DeleteCertificationTraining>()
            .AddScoped<AddTrainingCertificates>()
            .AddScoped<RemoveTrainingCertificate>()
            .AddScoped<ImportTrainingCertificates>()
            .AddScoped<CompetitionRecords>()
            .AddScoped<ListSkillsCompetitions>()
            .AddScoped<ExportSkillsCompetitions>()
            .AddScoped<GetSkillsCompetition>()
            .AddScoped<RecordSkillsCompetition>()
            .AddScoped<UpdateSkillsCompetition>()
            .AddScoped<DeleteSkillsCompetition>();

    public static void MapTraining(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/certification-trainings").WithTags("Training").RequireAuthorization(Policies.ReadOrganisation);
        ListCertificationTrainings.Map(g);
        ExportCertificationTrainings.Map(g);
        GetTrainingByUnion.Map(g);
        GetCertificationTraining.Map(g);
        RecordCertificationTraining.Map(g);
        UpdateCertificationTraining.Map(g);
        DeleteCertificationTraining.Map(g);
        AddTrainingCertificates.Map(g);
        RemoveTrainingCertificate.Map(g);
        ImportTrainingCertificates.Map(g);
        var competitions = api.MapGroup("/skills-competitions").WithTags("Training").RequireAuthorization(Policies.ReadOrganisation);
        ListSkillsCompetitions.Map(competitions);
        ExportSkillsCompetitions.Map(competitions);
        GetSkillsCompetition.Map(competitions);
        RecordSkillsCompetition.Map(competitions);
        UpdateSkillsCompetition.Map(competitions);
        DeleteSkillsCompetition.Map(competitions);
    }
}
