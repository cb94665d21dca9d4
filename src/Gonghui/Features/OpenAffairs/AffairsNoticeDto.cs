using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.OpenAffairs;

public sealed record AffairsNoticeDto(long Id, long UnionId, string UnionName, AffairsCategory Category, AffairsChannel Channel, string Title, string Content,
    DateOnly PublishedOn, DateOnly? ShownUntil, long Version);

public sealed record AffairsNoticeInput(long? UnionId, AffairsCategory? Category, AffairsChannel? Channel, [property: MaxLength(200)] string? Title,
    [property: MaxLength(4000)] string? Content, DateOnly? PublishedOn, DateOnly? ShownUntil, long? Version);

/// <summary>Reads, finds and checks published items for the module's use cases.</summary>
public sealed class AffairsNoticeReader(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public Task<AffairsNoticeDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false) =>
        (ignoreScope ? db.Set<AffairsNotice>().IgnoreQueryFilters() : db.Set<AffairsNotice>()).AsNoTracking().Where(x => x.Id == id)
            .Select(x => new AffairsNoticeDto(x.Id, x.UnionId, x.Union!.Name, x.Category, x.Channel, x.Title, x.Content, x.PublishedOn, x.ShownUntil, x.Version))
            .FirstOrDefaultAsync(ct);

    /// <summary>The item, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<AffairsNotice>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<AffairsNotice>().IgnoreQueryFilters().Where(x => x.Id == id).Select(x => new { Notice = x, x.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Notice : Outcome.Forbidden;
    }

    /// <summary>Checks the item's fields and applies them when valid (the union is checked by the caller).</summary>
    public bool CheckAndApply(AffairsNoticeInput input, AffairsNotice target, ValidationErrors e)
    {
        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            e.Add("category", t["Affairs.CategoryRequired"]);
        }

        if (input.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            e.Add("channel", t["Affairs.ChannelRequired"]);
        }

        var title = e.Required(t, "title", input.Title, 200, "Common.TitleRequired");
        var content = e.Optional(t, "content", input.Content, 4000) ?? "";
        if (input.PublishedOn is not { } published || published.Year < 2000 || published > LocalizationSetup.Today)
        {
            e.Add("publishedOn", t["Affairs.PublishedOnInvalid"]);
        }
        else if (input.ShownUntil is { } until && until < published)
        {
            e.Add("shownUntil", t["Affairs.ShownUntilBeforePublished"]);
        }

        if (e.Any)
        {
            return false;
        }

        target.Category = input.Category!.Value;
        target.Channel = input.Channel!.Value;
        target.Title = title!;
        target.Content = content;
        target.PublishedOn = input.PublishedOn!.Value;
        target.ShownUntil = input.ShownUntil;
        return true;
    }
}
