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
            Assert.Empty(needed.Except(Keys(file)).Order());
        }
    }
}
