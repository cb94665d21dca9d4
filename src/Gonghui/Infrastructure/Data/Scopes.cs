using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gonghui.Infrastructure.Data;

/// <summary>A node of the union tree: the records of its staff are those under its materialised path (<c>/1/7/</c>).</summary>
public interface IScopeNode
{
    long Id { get; }

    string Path { get; }
}

/// <summary>
/// How a record's union is found, from the record: a navigation path ending at the union (<c>"Union"</c>,
/// <c>"Contract.Union"</c>, <c>"Enterprise.Union"</c>), or ending at the union's key (<c>"UnionId"</c>) where the record
/// has no navigation to it. A record whose union is missing (an enterprise no union covers yet) is a district record:
/// only those who see the whole district see it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScopedByAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}

/// <summary>A record every signed-in role may read whatever its union (or none is filtered here on purpose): says why.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DistrictWideAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}

/// <summary>A record seen by a rule of its own (a Party group session: by the staff of the unions it heard, or by all).</summary>
public interface IScopedByRule<TSelf>
{
    /// <summary>When an actor who does not see the whole district sees the record; other records' filters apply inside it.</summary>
    static abstract Expression<Func<TSelf, bool>> InScope { get; }
}

/// <summary>
/// Builds every entity's query filter from its declaration, so the data context names no module's entity and no handler
/// can forget a scope. An entity with no declaration stops the model from being built (fail closed).
/// </summary>
public static class ScopeFilters
{
    /// <summary>Identity's and Data Protection's own tables, declared here since their types are the framework's.</summary>
    private static readonly Dictionary<string, string> FrameworkTables = new(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore.Identity"] = "accounts and roles: the account handlers limit them to the roles an actor may assign",
        ["Microsoft.AspNetCore.DataProtection.EntityFrameworkCore"] = "the server's key ring: read by the framework only",
    };

    /// <summary>The entity types without a declaration, by name: the architecture test's list, empty when all are declared.</summary>
    public static IReadOnlyList<string> Undeclared(IReadOnlyModel model) =>
        Mapped(model).Where(t => DeclarationOf(t.ClrType) is null).Select(t => t.ClrType.FullName!).Order().ToList();

    /// <summary>
    /// The entity types queries can reach: not owned, and with a key or keyless on purpose. (While the model is built, a
    /// type later mapped as a complex property can still stand as a keyless-by-accident entity type.)
    /// </summary>
    private static IEnumerable<IReadOnlyEntityType> Mapped(IReadOnlyModel model) =>
        model.GetEntityTypes().Where(t => !t.IsOwned() && (t.FindPrimaryKey() is not null || t.ClrType.IsDefined(typeof(KeylessAttribute), false)));

    /// <summary>How the type declares its scope, as one line (null when it does not).</summary>
    public static string? DeclarationOf(Type type) =>
        typeof(IScopeNode).IsAssignableFrom(type) ? "a node of the union tree"
        : type.GetCustomAttribute<ScopedByAttribute>() is { } by ? $"by {by.Path}"
        : type.GetCustomAttribute<DistrictWideAttribute>() is { } wide ? $"district-wide: {wide.Why}"
        : RuleOf(type) is not null ? "by a rule of its own"
        : type.Namespace is { } ns && FrameworkTables.TryGetValue(ns, out var why) ? $"district-wide: {why}"
        : null;

    public static void Apply(ModelBuilder builder, GonghuiDbContext context)
    {
        var undeclared = Undeclared(builder.Model);
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException($"entities without a declared scope ([ScopedBy], [DistrictWide] or IScopedByRule): {string.Join(", ", undeclared)}");
        }

        var node = builder.Model.GetEntityTypes().Select(t => t.ClrType).Single(t => typeof(IScopeNode).IsAssignableFrom(t));
        var ctx = Expression.Constant(context);
        var all = Expression.Property(ctx, nameof(GonghuiDbContext.ScopeAll));
        var path = Expression.Property(ctx, nameof(GonghuiDbContext.ScopePath));
        foreach (var type in Mapped(builder.Model).Where(t => t.BaseType is null).Select(t => t.ClrType).ToList())
        {
            var e = Expression.Parameter(type, "e");
            Expression? inScope = typeof(IScopeNode).IsAssignableFrom(type) ? StartsWith(Expression.Property(e, nameof(IScopeNode.Path)), path)
                : type.GetCustomAttribute<ScopedByAttribute>() is { } by ? Along(e, by.Path, node, ctx, path)
                : RuleOf(type) is { } rule ? new Rebind(rule.Parameters[0], e).Visit(rule.Body)
                : null;
            if (inScope is not null)
            {
                builder.Entity(type).HasQueryFilter(Expression.Lambda(Expression.OrElse(all, inScope), e));
            }
        }
    }

    /// <summary>The union's path reached along the declared members, each step not null; or, ending at a key, the union with that key.</summary>
    private static Expression Along(ParameterExpression e, string declared, Type node, ConstantExpression ctx, Expression path)
    {
        Expression current = e;
        Expression? notNull = null;
        foreach (var name in declared.Split('.'))
        {
            var member = Expression.Property(current, name);
            if (!member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null)
            {
                var check = Expression.NotEqual(member, Expression.Constant(null, member.Type));
                notNull = notNull is null ? check : Expression.AndAlso(notNull, check);
            }

            current = member;
        }

        Expression reached;
        if (typeof(IScopeNode).IsAssignableFrom(current.Type))
        {
            reached = StartsWith(Expression.Property(current, nameof(IScopeNode.Path)), path);
        }
        else
        {
            // A key without a navigation: the path of the union with this key, read by a correlated subquery. The actor's
            // path stays outside any inner lambda, where EF parameterises the context's members per query.
            var n = Expression.Parameter(node, "n");
            var key = Expression.Convert(Expression.Property(n, nameof(IScopeNode.Id)), current.Type);
            var set = Expression.Call(ctx, typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(node));
            var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [node], set, Expression.Quote(Expression.Lambda(Expression.Equal(key, current), n)));
            var paths = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [node, typeof(string)], matching,
                Expression.Quote(Expression.Lambda(Expression.Property(n, nameof(IScopeNode.Path)), n)));
            reached = StartsWith(Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [typeof(string)], paths), path);
        }

        return notNull is null ? reached : Expression.AndAlso(notNull, reached);
    }

    /// <summary>The path of the union tree's node with this key (a moved union's new path, read per request).</summary>
    /// <remarks>Read for every request, so the query's text is made once per model.</remarks>
    public static async Task<string?> ScopePathAsync(this GonghuiDbContext db, long id, CancellationToken ct)
    {
        var sql = PathQueries.GetValue(db.Model, model =>
        {
            var node = model.GetEntityTypes().Single(t => typeof(IScopeNode).IsAssignableFrom(t.ClrType));
            return $"SELECT \"{node.FindProperty(nameof(IScopeNode.Path))!.GetColumnName()}\" AS \"Value\" FROM \"{node.GetTableName()}\" WHERE \"{node.FindProperty(nameof(IScopeNode.Id))!.GetColumnName()}\" = {{0}}";
        });
        return (await db.Database.SqlQueryRaw<string>(sql, id).ToListAsync(ct)).FirstOrDefault();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, string> PathQueries = [];

    private static MethodCallExpression StartsWith(Expression value, Expression prefix) =>
        Expression.Call(value, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, prefix);

    private static LambdaExpression? RuleOf(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IScopedByRule<>))
            ? (LambdaExpression)type.GetProperty("InScope", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!
            : null;

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
