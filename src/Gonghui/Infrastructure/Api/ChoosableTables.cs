namespace Gonghui.Infrastructure.Api;

/// <summary>
/// A console table whose columns a user may hide, declared by its module: the table's key and, for each column a user may
/// hide, its key (the field's camelCase name) and the resource key of its title. Columns not declared always show (the
/// record's name, its actions), so no choice can leave a table without a way to open a row.
/// </summary>
public sealed record ChoosableTable(string Key, IReadOnlyList<ChoosableColumn> Columns);

public sealed record ChoosableColumn(string Key, string Title);

/// <summary>The tables whose columns users choose; the column choice's API accepts only these tables and their columns.</summary>
public sealed class ChoosableTables(IEnumerable<ChoosableTable> tables)
{
    private readonly Dictionary<string, ChoosableTable> byKey = tables.ToDictionary(t => t.Key, StringComparer.Ordinal);

    public ChoosableTable? Find(string key) => byKey.GetValueOrDefault(key);
}

public static class ChoosableTableRegistration
{
    /// <summary>Declares a table's columns a user may hide: pairs of the column's key and its title's resource key.</summary>
    public static IServiceCollection AddChoosableTable(this IServiceCollection services, string key, params (string Column, string Title)[] columns) =>
        services.AddSingleton(new ChoosableTable(key, columns.Select(c => new ChoosableColumn(c.Column, c.Title)).ToList()));
}
