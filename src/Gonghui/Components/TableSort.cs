using AntDesign;
using AntDesign.TableModels;

namespace Gonghui.Components;

/// <summary>A table's sort as the API takes it: the sorted column's field in camelCase, with "-" before it when descending.</summary>
public static class TableSort
{
    public static string? Of<T>(QueryModel<T> query) =>
        query.SortModel.Where(s => s.SortDirection != SortDirection.None).OrderBy(s => s.Priority).Select(s =>
                (s.SortDirection == SortDirection.Descending ? "-" : "") + char.ToLowerInvariant(s.FieldName[0]) + s.FieldName[1..])
            .FirstOrDefault();
}
