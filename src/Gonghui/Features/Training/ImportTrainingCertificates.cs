using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary>
/// <c>POST /api/v1/certification-trainings/{id}/certificates/file</c> (multipart: <c>file</c>, <c>version</c>): the
/// certificates of a training institution's list — CSV (UTF-8, GBK, GB18030) or XLSX with a header row naming the
/// worker, the ID number, the certificate number and the date of issue (the usual variants of each accepted). Every row is
/// checked as the list endpoint checks it and all are added or none; a refused row is named by its line in the file
/// (<c>rows[7].idNumber</c>).
/// </summary>
public sealed partial class ImportTrainingCertificates(AddTrainingCertificates add, IStringLocalizer<SharedResource> t)
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>A training's list is counted in hundreds; a file of more rows is refused, not half read.</summary>
    public const int MaxRows = 10_000;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["workerName"] = ["姓名", "职工姓名", "学员姓名", "name"],
        ["idNumber"] = ["身份证号", "身份证号码", "公民身份号码", "证件号码", "id number"],
        ["certificateNumber"] = ["证书编号", "证书号", "证书号码", "certificate number"],
        ["issuedOn"] = ["发证日期", "发证时间", "取证日期", "issued on"],
    };

    public async Task<Outcome<CertificationTrainingDto>> HandleAsync(long id, Stream content, long? version, CancellationToken ct)
    {
        var (rows, problem) = await AttachedTable.ReadAsync(content, MaxFileBytes, MaxRows, Aliases, Aliases.Keys, f => t[$"Training.Column.{f}"].Value, "Training.FileTooManyRows", t, ct);
        if (rows is null)
        {
            return Outcome.Invalid("file", problem!);
        }

        var certificates = rows.Select(r => (r.Line, Input: new CertificateInput(r["workerName"], r["idNumber"], r["certificateNumber"],
            ImportText.TryParseDate(r["issuedOn"], out var on) ? on : null))).ToList();
        var added = await add.HandleAsync(id, new CertificatesInput([.. certificates.Select(r => r.Input)], version), ct);
        return added is { Kind: OutcomeKind.Invalid, Errors: { } errors } ? Outcome.Invalid(ByLine(errors, certificates)) : added;
    }

    /// <summary><c>certificates[3].idNumber</c> (the fourth row sent) as <c>rows[5].idNumber</c> (its line in the file).</summary>
    private static ValidationErrors ByLine(ValidationErrors errors, List<(int Line, CertificateInput Input)> rows)
    {
        var byLine = new ValidationErrors();
        foreach (var (key, messages) in errors.ToDictionary())
        {
            var field = SentRow().Replace(key, m => $"rows[{rows[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Line}]");
            foreach (var message in messages)
            {
                byLine.Add(field, message);
            }
        }

        return byLine;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^certificates\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex SentRow();

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/certificates/file", async (long id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] long? version, ImportTrainingCertificates h,
                Problems p, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return p.Validation(new Dictionary<string, string[]> { ["file"] = [t["Import.FileRequired"]] });
                }

                await using var content = file.OpenReadStream();
                return (await h.HandleAsync(id, content, version, ct)).ToHttp(p, TypedResults.Ok);
            })
            .RequireAuthorization(Policies.WriteRegistry)
            .DisableAntiforgery()
            .WithName("ImportTrainingCertificates");
}
