using Microsoft.AspNetCore.Http.Extensions;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// An empty query value means "not given": <c>?covered=&amp;from=</c> (what a form sends for a filter left blank) asks
/// for the same as no <c>covered</c> and no <c>from</c>. The binder would otherwise refuse an empty value for a number,
/// a date or a yes/no and answer 400 for a request nothing is wrong with.
/// </summary>
public static class EmptyQueryValues
{
    public static IApplicationBuilder UseEmptyQueryValuesAsAbsent(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var query = context.Request.Query;
            if (query.Any(p => p.Value.All(string.IsNullOrEmpty)))
            {
                var kept = new QueryBuilder();
                foreach (var (name, values) in query)
                {
                    foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
                    {
                        kept.Add(name, value!);
                    }
                }

                context.Request.QueryString = kept.ToQueryString();
            }

            return next(context);
        });
}
