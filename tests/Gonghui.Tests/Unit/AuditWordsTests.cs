using System.Reflection;
using System.Xml.Linq;
using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Tests.Unit;

/// <summary>An auditor reads every entry in words: each action, record kind and audited field has its name in both languages.</summary>
public sealed class AuditWordsTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Gonghui"));

    /// <summary>The details events write (an export's rows and format, a look-up's kind and what it found, a backup's file …).</summary>
    private static readonly string[] EventFields = ["rows", "format", "year", "revealed", "unions", "by", "hash", "found", "outcome", "file", "backupAt", "auditHead", "attachments"];

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Source, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void Every_action_kind_and_field_an_entry_can_hold_has_words()
    {
        using var db = new SqliteGonghuiDbContext(new DbContextOptionsBuilder<SqliteGonghuiDbContext>().UseSqlite("Data Source=:memory:").Options, new CurrentActor());
        var audited = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.ClrType.IsDefined(typeof(NotAuditedAttribute), false)
            && t.ClrType != typeof(AuditEntry) && !t.ClrType.Name.StartsWith("IdentityUserToken", StringComparison.Ordinal)
            && !t.ClrType.Name.StartsWith("IdentityUserLogin", StringComparison.Ordinal) && t.ClrType.Name != "DataProtectionKey").ToList();
        var kinds = audited.Select(t => AuditRecorder.TypeName(t.ClrType)).Concat(Gonghui.Features.AuditLog.AuditWords.EventKinds).Select(k => $"Audit.Kind.{k}");
        var fields = audited.SelectMany(t => t.GetProperties().Where(p => p.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is null).Select(p => p.Name)
                .Concat(t.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => p.Name))))
            .Concat(EventFields).Except(Gonghui.Features.AuditLog.AuditWords.Bookkeeping).Select(f => $"Field.{f}");
        var actions = Gonghui.Features.AuditLog.AuditWords.Actions.Select(a => $"Audit.Action.{a}");
        var needed = kinds.Concat(fields).Concat(actions).ToHashSet();
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            // An event's "year" is worded as the property "Year" is, when that exists (two keys differing only in case cannot both be compiled).
            var keys = Keys(file);
            Assert.Empty(needed.Where(k => !keys.Contains(k) && !keys.Contains($"Field.{char.ToUpperInvariant(k[6])}{k[7..]}")).Order());
        }
    }

    [Theory]
    [InlineData("Union", """{"Code":"CY-GX","Name":"朝阳区高新技术产业工会"}""", "朝阳区高新技术产业工会")]
    [InlineData("Member", """{"Name":"欧阳明辉","Gender":1}""", "欧***")]
    [InlineData("CompetitionAward", """{"Award":"一等奖","CompetitionId":1,"Id":4,"WorkerName":"**"}""", "一等奖")]
    [InlineData("WageStandard", """{"AnnualIncreasePercent":5,"ContractId":1,"JobType":"软件开发工程师"}""", "软件开发工程师")]
    [InlineData("JointMeetingResolution", """{"DueOn":"2026-03-22","Owner":"区人力资源和社会保障局","Text":"联合开展行业欠薪隐患排查"}""", "联合开展行业欠薪隐患排查")]
    [InlineData("ContractClause", """{"Text":"企业职工工资水平随行业效益增长逐年提高，年度增幅不低于上年度本行业平均水平，由企业与工会每年协商确定具体数额。"}""",
        "企业职工工资水平随行业效益增长逐年提高，年度增幅不低于上年度本行业平均水平，由企…")]
    [InlineData("TrainingCertificate", """{"CertificateNumber":"2026000000","WorkerName":"**"}""", "2026000000")]
    [InlineData("ContractEnterprise", """{"ContractId":1,"EnterpriseId":51}""", null)]
    [InlineData("Union", """{"Name":"  "}""", null)]
    [InlineData("Union", "not json", null)]
    [InlineData("Union", null, null)]
    public void A_record_is_named_as_users_know_it(string entityType, string? snapshot, string? name) =>
        Assert.Equal(name, Gonghui.Features.AuditLog.AuditWords.NameIn(entityType, snapshot));
}
