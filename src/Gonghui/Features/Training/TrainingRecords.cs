using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

public sealed record CertificationTrainingInput(long? UnionId, [property: MaxLength(200)] string? Title, [property: MaxLength(100)] string? Occupation, SkillLevel? Level, [property: MaxLength(200)] string? Provider, DateOnly? StartOn, DateOnly? EndOn, int? Trainees, long? Version);

public sealed record CertificateInput([property: MaxLength(50)] string? WorkerName, [property: MaxLength(18)][property: RegularExpression(@"^\d{17}[\dXx]$")] string? IdNumber, [property: MaxLength(64)] string? CertificateNumber, DateOnly? IssuedOn);

/// <summary>Certificates added to a training together: all of them or none.</summary>
public sealed record CertificatesInput(IReadOnlyList<CertificateInput>? Certificates, long? Version);

/// <param name="IdNumber">Masked (<c>110105********1234</c>): no role needs the full number of a certificate.</param>
public sealed record CertificateDto(long Id, string WorkerName, string IdNumber, string CertificateNumber, DateOnly IssuedOn);

public sealed record CertificationTrainingDto(long Id, long UnionId, string UnionName, string Title, string Occupation, SkillLevel Level, string? Provider,
    DateOnly StartOn, DateOnly EndOn, int Trainees, IReadOnlyList<CertificateDto> Certificates, long Version);

/// <summary>Reads, checks and finds trainings for the module's use cases.</summary>
public sealed class TrainingRecords(GonghuiDbContext db, CurrentActor actor, PersonalDataProtector protector, IStringLocalizer<SharedResource> t)
{
    public async Task<CertificationTrainingDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<CertificationTraining>().IgnoreQueryFilters() : db.Set<CertificationTraining>();
        var x = await query.AsNoTracking().Where(c => c.Id == id).Select(c => new { Training = c, c.Union!.Name }).FirstOrDefaultAsync(ct);
        if (x is null)
        {
            return null;
        }

        var certificates = await db.Set<TrainingCertificate>().AsNoTracking().Where(c => c.TrainingId == id).OrderBy(c => c.IssuedOn).ThenBy(c => c.Id).ToListAsync(ct);
        var c = x.Training;
        return new CertificationTrainingDto(c.Id, c.UnionId, x.Name, c.Title, c.Occupation, c.Level, c.Provider, c.StartOn, c.EndOn, c.Trainees,
            certificates.Select(r => new CertificateDto(r.Id, r.WorkerName, Masking.MaskIdNumber(protector.Decrypt(r.IdNumberCipher)), r.CertificateNumber, r.IssuedOn)).ToList(),
            c.Version);
    }

    /// <summary>The training with its certificates, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<CertificationTraining>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<CertificationTraining>().IgnoreQueryFilters().Include(c => c.Certificates)
            .Where(c => c.Id == id).Select(c => new { Training = c, c.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Training : Outcome.Forbidden;
    }

    public Task<Outcome<CertificationTrainingDto>> StepAsync(long id, long? version, Func<CertificationTraining, Outcome?> step, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, FindWritableAsync, c => Task.FromResult(step(c)), async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    /// <summary>Checks the training's fields and applies them when valid (the union is checked by the caller).</summary>
    public bool CheckAndApply(CertificationTrainingInput input, CertificationTraining target, ValidationErrors e)
    {
        var title = e.Required(t, "title", input.Title, 200, "Bargaining.TitleRequired");
        var occupation = e.Required(t, "occupation", input.Occupation, 100, "Training.OccupationRequired");
        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            e.Add("level", t["Training.LevelRequired"]);
        }

        var provider = e.Optional(t, "provider", input.Provider, 200);
        var today = LocalizationSetup.Today;
        if (input.StartOn is not { } start || start.Year < 2000 || start > today.AddYears(1))
        {
            e.Add("startOn", t["Bargaining.DateInvalid"]);
        }
        else if (target.Certificates.Count > 0 && target.Certificates.Min(c => c.IssuedOn) is var first && start > first)
        {
            e.Add("startOn", t["Training.StartAfterCertificates", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (input.EndOn is not { } end || end.Year < 2000 || end > today.AddYears(2))
        {
            e.Add("endOn", t["Bargaining.DateInvalid"]);
        }
        else if (input.StartOn is { } s && end < s)
        {
            e.Add("endOn", t["Training.EndBeforeStart"]);
        }

        if (input.Trainees is not { } trainees || trainees < 0 || trainees > 100_000)
        {
            e.Add("trainees", t["Training.TraineesInvalid"]);
        }
        else if (trainees < target.Certificates.Count)
        {
            e.Add("trainees", t["Training.FewerTraineesThanCertificates", target.Certificates.Count]);
        }

        if (e.Any)
        {
            return false;
        }

        target.Title = title!;
        target.Occupation = occupation!;
        target.Level = input.Level!.Value;
        target.Provider = provider;
        target.StartOn = input.StartOn!.Value;
        target.EndOn = input.EndOn!.Value;
        target.Trainees = input.Trainees!.Value;
        return true;
    }

    /// <summary>
    /// Checks certificates to add to <paramref name="training"/>, row by row (<c>certificates[3].idNumber</c>): a valid ID
    /// number, a worker not certified by this training already (nor twice in the rows), issued from the course's start on
    /// and not after today; the new certificates when every row holds.
    /// </summary>
    public List<TrainingCertificate>? CheckCertificates(CertificationTraining training, IReadOnlyList<CertificateInput>? rows, ValidationErrors e)
    {
        if (rows is not { Count: > 0 })
        {
            e.Add("certificates", t["Training.CertificatesRequired"]);
            return null;
        }

        var today = LocalizationSetup.Today;
        var seen = training.Certificates.Select(c => c.IdNumberHash).ToHashSet();
        var added = new List<TrainingCertificate>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var name = e.Required(t, $"certificates[{i}].workerName", row.WorkerName, 50, "Member.NameRequired");
            var number = e.Required(t, $"certificates[{i}].certificateNumber", row.CertificateNumber, 64, "Training.CertificateNumberRequired");
            if (row.IssuedOn is not { } issued || issued < training.StartOn || issued > today)
            {
                e.Add($"certificates[{i}].issuedOn", t["Training.IssuedOnInvalid", training.StartOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
            }

            var id = IdNumber.Check(row.IdNumber, today);
            if (id.Problem is { } problem)
            {
                e.Add($"certificates[{i}].idNumber", t[$"IdNumber.{problem}"]);
                continue;
            }

            var hash = protector.Hash(id.Value!);
            if (!seen.Add(hash))
            {
                e.Add($"certificates[{i}].idNumber", t["Training.AlreadyCertified"]);
                continue;
            }

            if (name is not null && number is not null && row.IssuedOn is { } on)
            {
                added.Add(new TrainingCertificate { WorkerName = name, IdNumberCipher = protector.Encrypt(id.Value!), IdNumberHash = hash, CertificateNumber = number, IssuedOn = on });
            }
        }

        if (!e.Any && training.Certificates.Count + added.Count > training.Trainees)
        {
            e.Add("certificates", t["Training.MoreCertificatesThanTrainees", training.Trainees]);
        }

        return e.Any ? null : added;
    }
}
