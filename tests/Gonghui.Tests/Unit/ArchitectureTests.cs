using System.Reflection;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Gonghui.Tests.Unit;

/// <summary>Features meet through entities and DTOs, never through each other's handlers; shared infrastructure calls no feature's handler.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly App = typeof(Program).Assembly;

    private static string FeatureOf(Type t) => t.Namespace!.Split('.')[2];

    /// <summary>A use case: a class with a HandleAsync method.</summary>
    private static readonly Type[] Handlers = App.GetTypes()
        .Where(t => t.Namespace?.StartsWith("Gonghui.Features.", StringComparison.Ordinal) == true && t.IsClass
            && t.GetMethods().Any(m => m.Name == "HandleAsync"))
        .ToArray();

    // The demo seed composes other features' use cases on purpose: it is what a user would do.
    private static readonly string[] Composers = ["Demo"];

    [Fact]
    public void No_feature_calls_another_features_handlers()
    {
        var features = Handlers.Select(FeatureOf).Distinct().Except(Composers);
        foreach (var feature in features)
        {
            var foreign = Handlers.Where(h => FeatureOf(h) != feature).Select(h => h.FullName!).ToArray();
            var result = Types.InAssembly(App).That().ResideInNamespace($"Gonghui.Features.{feature}").ShouldNot().HaveDependencyOnAny(foreign).GetResult();
            Assert.True(result.IsSuccessful, $"{feature} reaches into: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void Infrastructure_calls_no_feature_handler()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("Gonghui.Infrastructure").ShouldNot()
            .HaveDependencyOnAny(Handlers.Select(h => h.FullName!).ToArray()).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_core_names_no_module()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("Gonghui.Infrastructure").ShouldNot().HaveDependencyOn("Gonghui.Features").GetResult();
        Assert.True(result.IsSuccessful, $"Infrastructure names a module: {string.Join(", ", result.FailingTypeNames ?? [])}");

        // Nor in its text: a using or a comment that names a module is a dependency waiting to happen.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Gonghui.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var naming = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "Gonghui", "Infrastructure"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Gonghui.Features", StringComparison.Ordinal))
            .Select(Path.GetFileName).ToList();
        Assert.Empty(naming);
    }

    [Fact]
    public void Every_entity_declares_how_its_union_is_found_or_why_it_is_district_wide()
    {
        using var db = new SqliteGonghuiDbContext(new DbContextOptionsBuilder<SqliteGonghuiDbContext>().UseSqlite("Data Source=:memory:").Options, new CurrentActor());
        var entities = db.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToList();
        Assert.True(entities.Count > 40);
        Assert.Empty(ScopeFilters.Undeclared(db.Model));
        foreach (var entity in entities)
        {
            var declared = ScopeFilters.DeclarationOf(entity.ClrType);
            Assert.NotNull(declared);
            // What is scoped is filtered; what is district-wide says why and is not.
            Assert.Equal(!declared.StartsWith("district-wide", StringComparison.Ordinal), entity.GetDeclaredQueryFilters().Count > 0);
        }
    }
}
