using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Officers;

/// <summary><c>POST /api/v1/officers/{id}/postings</c>: a training course, secondment, exchange or selection of the officer.</summary>
public sealed class AddOfficerPosting(GonghuiDbContext db, OfficerAccess access, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(PostingKind? Kind, DateOnly? StartOn, DateOnly? EndOn, [property: MaxLength(200)] string? Description);

    public async Task<Outcome<OfficerDto>> HandleAsync(long id, Request request, CancellationToken ct)
    {
        var found = await access.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<OfficerDto>();
        }

        var officer = found.Value!;

        var e = new ValidationErrors();
        if (request.Kind is null)
        {
            e.Add("kind", t["Officer.PostingKindRequired"]);
        }

        if (request.StartOn is null)
        {
            e.Add("startOn", t["Officer.StartRequired"]);
        }
        else if (request.EndOn is { } end && end < request.StartOn)
        {
            e.Add("endOn", t["Officer.EndBeforeStart"]);
        }

        if (string.IsNullOrWhiteSpace(request.Description))
        {
            e.Add("description", t["Officer.PostingDescriptionRequired"]);
        }
        else if (request.Description.Trim().Length > 200)
        {
            e.Add("description", t["Field.TooLong", 200]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        officer.Postings.Add(new OfficerPosting { Kind = request.Kind!.Value, StartOn = request.StartOn!.Value, EndOn = request.EndOn, Description = request.Description!.Trim() });
        await db.SaveChangesAsync(ct);
        return await GetOfficer.ReadAsync(db, id, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/postings", async (long id, Request request, AddOfficerPosting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, o => TypedResults.Created($"/api/v1/officers/{o.Id}", o)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AddOfficerPosting");
}
