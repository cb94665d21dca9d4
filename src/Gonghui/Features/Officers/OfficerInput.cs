using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Officers;

public sealed record OfficerInput
{
    public long? UnionId { get; init; }

    [MaxLength(50)]
    public string? Name { get; init; }

    [MaxLength(50)]
    public string? Post { get; init; }

    public bool FullTime { get; init; }

    public DateOnly? StartOn { get; init; }

    public DateOnly? EndOn { get; init; }

    public long? Version { get; init; }
}

/// <summary>Officers belong to industrial unions (R18); the actor must keep records of that union.</summary>
public sealed class OfficerInputValidator(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public async Task<(ValidationErrors Errors, bool Forbidden)> ValidateAsync(OfficerInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            e.Add("name", t["Member.NameRequired"]);
        }
        else if (input.Name.Trim().Length > 50)
        {
            e.Add("name", t["Field.TooLong", 50]);
        }

        if (string.IsNullOrWhiteSpace(input.Post))
        {
            e.Add("post", t["Officer.PostRequired"]);
        }
        else if (input.Post.Trim().Length > 50)
        {
            e.Add("post", t["Field.TooLong", 50]);
        }

        if (input.StartOn is null)
        {
            e.Add("startOn", t["Officer.StartRequired"]);
        }
        else if (input.EndOn is { } end && end < input.StartOn)
        {
            e.Add("endOn", t["Officer.EndBeforeStart"]);
        }

        var union = input.UnionId is long id
            ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == id).Select(u => new { u.Path, u.Kind }).FirstOrDefaultAsync(ct)
            : null;
        if (union is null || union.Kind != UnionKind.IndustrialUnion)
        {
            e.Add("unionId", t["Officer.UnionIndustrial"]);
        }

        return (e, !e.Any && !actor.CanWriteRegistryUnder(union!.Path));
    }

    internal static void Apply(Officer target, OfficerInput input)
    {
        target.UnionId = input.UnionId!.Value;
        target.Name = input.Name!.Trim();
        target.Post = input.Post!.Trim();
        target.FullTime = input.FullTime;
        target.StartOn = input.StartOn!.Value;
        target.EndOn = input.EndOn;
    }
}
