using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Members;

public static class MembersModule
{
    public static IServiceCollection AddMembers(this IServiceCollection services) =>
        services.AddScoped<MemberAccess>()
            .AddChoosableTable("members", ("idNumber", "Member.IdNumber"), ("phone", "Member.Phone"), ("gender", "Member.Gender"), ("unionName", "Member.Union"),
                ("enterpriseName", "Member.Enterprise"), ("joinedOn", "Member.JoinedOn"), ("status", "Member.Status"))
            .AddScoped<MemberInputValidator>()
            .AddScoped<PersonalDataReveal>()
            .AddScoped<ListMembers>()
            .AddScoped<GetMember>()
            .AddScoped<CreateMember>()
            .AddScoped<UpdateMember>()
            .AddScoped<DeleteMember>()
            .AddScoped<TransferMember>()
            .AddScoped<RecordDeparture>()
            .AddScoped<ExportMembers>()
            .AddScoped<Infrastructure.Jobs.IRosterImporter, ImportMembers>();

    public static void MapMembers(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/members").WithTags("Members").RequireAuthorization(Policies.ReadOrganisation);
        ListMembers.Map(g);
        ExportMembers.Map(g);
        GetMember.Map(g);
        CreateMember.Map(g);
        UpdateMember.Map(g);
        DeleteMember.Map(g);
        TransferMember.Map(g);
        RecordDeparture.Map(g);
    }
}
