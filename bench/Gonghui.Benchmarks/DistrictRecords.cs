using Gonghui.Features.Enterprises;
using Gonghui.Features.Bargaining;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.Leadership;
using Gonghui.Features.Officers;
using Gonghui.Features.Organisation;
using Gonghui.Features.Training;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Benchmarks;

/// <summary>
/// The records the scorecard reads, at the demo's counts times <c>scale</c> (the demo has 189 workforce reports, 5
/// warning cases, 12 joint meetings, 3 Party group sessions, 24 officers, 3 contracts and 4 certification trainings
/// with 259 certificates): spread over every union and over past years, so that the year asked holds its share and the
/// rest must be skipped.
/// </summary>
public static class DistrictRecords
{
    public static async Task<string> SeedAsync(GonghuiDbContext db, int scale, CancellationToken ct)
    {
        var year = Infrastructure.Localization.LocalizationSetup.Today.Year;
        var unions = await db.Unions.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Kind }).ToListAsync(ct);
        var industrial = unions.Where(u => u.Kind == UnionKind.IndustrialUnion).Select(u => u.Id).ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.UnionId != null).OrderBy(e => e.Id).Select(e => e.Id).Take(60_000).ToListAsync(ct);
        var random = new Random(2015);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // Workforce reports: one per union and quarter, over as many past years as it takes.
        var reports = 189 * scale;
        var made = 0;
        for (var y = year; made < reports; y--)
        {
            foreach (var u in unions)
            {
                for (var q = 1; q <= 4 && made < reports; q++, made++)
                {
                    db.Add(new WorkforceReport
                    {
                        UnionId = u.Id, Year = y, Quarter = q, Status = WorkforceReportStatus.Submitted, Narrative = "基准",
                        SubmittedOn = new DateOnly(y, q * 3, 1).AddMonths(1).AddDays(random.Next(1, 20)),
                    });
                }
            }

            await SaveAsync(db, ct);
        }

        for (var i = 0; i < 5 * scale; i++)
        {
            var opened = new DateTime(year - (i % 5), 1 + (i % 12), 1 + (i % 28), 2, 0, 0, DateTimeKind.Utc);
            db.Add(new WarningCase
            {
                UnionId = unions[i % unions.Count].Id, Title = "基准预警", Summary = "……", WorkersInvolved = 5 + (i % 120), Level = (WarningLevel)(1 + (i % 4)),
                LevelSince = opened, OpenedAt = opened, Status = WarningCaseStatus.Open,
                Reports = [new WarningReport { Recipient = ReportRecipient.DistrictFederation, ReportedAt = opened.AddHours(1 + (i % 30)), ReceivedBy = "区总工会" }],
            });
        }

        for (var i = 0; i < 12 * scale; i++)
        {
            db.Add(new JointMeeting
            {
                UnionId = industrial[i % industrial.Count], Kind = JointMeetingKind.JointMeeting, HeldOn = new DateOnly(year - (i % 10), 1 + (i % 12), 10), Title = "基准联席会议",
                Topics = [MeetingTopic.LabourRelations], Participants = [new JointMeetingParticipant { Kind = ParticipantKind.GovernmentDepartment, Name = "区人社局" }],
            });
        }

        for (var i = 0; i < 3 * scale; i++)
        {
            db.Add(new LeadershipSession
            {
                Kind = i % 3 == 0 ? LeadershipSessionKind.StudySession : LeadershipSessionKind.LeadershipHearing, HeldOn = new DateOnly(year - (i % 10), 3, 18), Title = "基准", Topics = "……",
                Unions = i % 3 == 0 ? [] : [.. industrial.Select(id => new LeadershipSessionUnion { UnionId = id })],
            });
        }

        for (var i = 0; i < 24 * scale; i++)
        {
            db.Add(new Officer { UnionId = industrial[i % industrial.Count], Name = "基准干事", Post = "干事", StartOn = new DateOnly(year - 3, 1, 1), EndOn = i % 4 == 0 ? new DateOnly(year - 1, 6, 30) : null });
        }

        await SaveAsync(db, ct);
        var perContract = Math.Max(1, enterprises.Count / (3 * scale));
        for (var i = 0; i < 3 * scale; i++)
        {
            db.Add(new CollectiveContract
            {
                UnionId = industrial[i % industrial.Count], Kind = i % 3 == 0 ? ContractKind.IndustryWage : ContractKind.Enterprise, Title = "基准集体合同",
                CounterpartyKind = CounterpartyKind.Association, StartOn = new DateOnly(year - 1, 1, 1), EndOn = new DateOnly(year + 1, 12, 31),
                SignedOn = new DateOnly(year - 1, 1, 5), FiledOn = new DateOnly(year - 1, 1, 8), ReceivedOn = new DateOnly(year - 1, 1, 8), EffectiveOn = new DateOnly(year - 1, 1, 23),
                Enterprises = [.. enterprises.Skip(i * perContract).Take(perContract).Select(id => new ContractEnterprise { EnterpriseId = id })],
                Clauses = [.. IndustryTopics.Select(t => new ContractClause { Topic = t, Text = "条款" })],
            });
        }

        await SaveAsync(db, ct);

        // Trainings over the last five years, 65 certificates each; a worker is one keyed hash (a sealed number is not read).
        var certificates = 0;
        for (var i = 0; i < 4 * scale; i++)
        {
            var start = new DateOnly(year - (i % 5), 1 + (i % 9), 1);
            var count = Math.Min(65, (259 * scale) - certificates);
            db.Add(new CertificationTraining
            {
                UnionId = unions[i % unions.Count].Id, Title = "基准取证培训", Occupation = "电工", Level = SkillLevel.Intermediate, StartOn = start, EndOn = start.AddDays(20), Trainees = count,
                Certificates = [.. Enumerable.Range(certificates, count).Select(n => new TrainingCertificate
                {
                    WorkerName = "基准职工", IdNumberCipher = "-", IdNumberHash = $"{n % (200 * scale):x64}", CertificateNumber = $"JZ{n}", IssuedOn = start.AddDays(25),
                })],
            });
            certificates += count;
        }

        await SaveAsync(db, ct);
        return $"{made} workforce reports, {5 * scale} warning cases, {12 * scale} joint meetings, {3 * scale} Party group sessions, {24 * scale} officers, {3 * scale} contracts over {enterprises.Count} enterprises, {4 * scale} trainings with {certificates} certificates";
    }

    private static readonly ClauseTopic[] IndustryTopics =
        [ClauseTopic.Remuneration, ClauseTopic.RestAndLeave, ClauseTopic.SafetyAndHealth, ClauseTopic.VocationalTraining, ClauseTopic.InsuranceAndWelfare];

    private static async Task SaveAsync(GonghuiDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
