using System.Net;
using System.Security.Claims;
using Gonghui.Features.Bargaining;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.Officers;
using Gonghui.Features.Training;
using Gonghui.Features.WarningCases;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Gonghui.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gonghui.Tests.Features;

/// <summary>
/// Child records follow their record's scope (issue 13: the wage lines of contracts a user could not open were listed):
/// wage standards, resolutions, certificates, officer postings, mediations and documents of the education union (CY-JY)
/// are invisible to the high-technology union's staff, whether read through the API or straight from the context.
/// </summary>
public abstract partial class AuthorizationMatrixTests
{
    [Fact]
    public async Task Child_records_are_seen_only_within_their_records_scope()
    {
        var contract = await FreshContractAsync(app, "CY-JY", steps: 2);
        var meeting = await FreshJointMeetingAsync(app, "CY-JY", withResolution: true);
        var training = await FreshTrainingAsync(app, "CY-JY", certified: true);
        var warningCase = await FreshWarningCaseAsync(app, "CY-JY");
        await FreshDocumentAsync(app, JointMeetingDocuments.Owner, typeof(JointMeetingDocuments), meeting.Id);
        var education = await app.UnionIdAsync("CY-JY");
        var officer = await app.DbAsync(async db =>
        {
            var o = new Officer { UnionId = education, Name = "范围测试干事", Post = "干事", StartOn = new DateOnly(2025, 1, 1) };
            o.Postings.Add(new OfficerPosting { Kind = PostingKind.Training, StartOn = new DateOnly(2025, 3, 1), Description = "范围测试" });
            db.Add(o);
            db.Add(new WageStandard { ContractId = contract, JobType = "范围测试工种", MinimumMonthlyWage = 1000 });
            db.Add(new Mediation { CaseId = warningCase, HeldOn = new DateOnly(2025, 6, 2), Mediator = "调解员", Parties = "双方", RecordedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return o.Id;
        });

        async Task<int[]> CountAsAsync(string login) => await app.InScopeAsync(async sp =>
        {
            var user = await sp.GetRequiredService<GonghuiDbContext>().Users.AsNoTracking().FirstAsync(u => u.UserName == login);
            var roles = await sp.GetRequiredService<GonghuiDbContext>().UserRoles.Where(r => r.UserId == user.Id)
                .Join(sp.GetRequiredService<GonghuiDbContext>().Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, login) };
            claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
            if (user.UnionId is long u)
            {
                claims.Add(new Claim(GonghuiClaims.UnionId, u.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            await scope.ServiceProvider.GetRequiredService<ActorResolver>().ResolveAsync(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), null);
            var db = scope.ServiceProvider.GetRequiredService<GonghuiDbContext>();
            return new[]
            {
                await db.Set<WageStandard>().CountAsync(w => w.ContractId == contract),
                await db.Set<JointMeetingResolution>().CountAsync(r => r.MeetingId == meeting.Id),
                await db.Set<TrainingCertificate>().CountAsync(c => c.TrainingId == training.Id),
                await db.Set<OfficerPosting>().CountAsync(p => p.OfficerId == officer),
                await db.Set<Mediation>().CountAsync(m => m.CaseId == warningCase),
                await db.Set<Attachment>().CountAsync(a => a.OwnerType == JointMeetingDocuments.Owner.Owner && a.OwnerId == meeting.Id),
            };
        });

        Assert.All(await CountAsAsync("admin"), n => Assert.True(n >= 1));
        Assert.All(await CountAsAsync("jianwai-admin"), n => Assert.Equal(0, n));
        Assert.All(await CountAsAsync("hitech-staff"), n => Assert.Equal(0, n));

        // Through the API: the district sees the wage line; the high-technology union's staff do not.
        using var district = await app.ClientAsAsync("admin");
        using var staff = await app.ClientAsAsync("hitech-staff");
        Assert.Contains(contract.ToString(System.Globalization.CultureInfo.InvariantCulture), await district.GetStringAsync("/api/v1/wage-standards?pageSize=500&q=范围测试工种"), StringComparison.Ordinal);
        var seen = await staff.GetAsync("/api/v1/wage-standards?pageSize=500&q=范围测试工种");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.DoesNotContain("范围测试工种", await seen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("范围测试", await staff.GetStringAsync("/api/v1/officers/postings?year=2025"), StringComparison.Ordinal);
    }
}
