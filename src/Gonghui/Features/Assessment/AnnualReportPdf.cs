using System.Globalization;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// The annual report laid out for print, as the console's printable page has it: the year's figures by section, the
/// scorecard (for one union, rule by rule with the figure, the threshold and the records counted; for several, a union ×
/// rule matrix) and the annual plans' scores.
/// </summary>
public sealed class AnnualReportPdf(PdfFonts fonts, IStringLocalizer<SharedResource> t)
{
    public byte[] Write(AnnualReport r)
    {
        var heading = t["Report.Heading", r.Year, r.Name].Value;
        using var pdf = fonts.Begin(heading);
        pdf.Title(heading);
        pdf.Note($"{t["Compliance.AsOf", r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]}　{t["Report.Printed", LocalizationSetup.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]}");
        // Whether the figures are the year's kept ones or today's registry: a reader of the paper cannot ask the page.
        if (r.Basis(t) is { } basis)
        {
            pdf.Note(basis);
        }
        foreach (var section in r.Figures.GroupBy(f => f.Section))
        {
            pdf.Heading(section.Key);
            pdf.Table([new(t["Report.Figure"], 3), new(t["Report.Value"], 1)], section.Select(f => new PdfRow([f.Label, f.Value])));
        }

        var measured = r.Scorecard.Measured();
        var matrix = r.Scorecard.Unions.Count > 1;
        if (matrix)
        {
            // A column per rule does not fit an upright page: the matrix lies sideways, the rest stands.
            pdf.Sideways();
        }

        pdf.Heading(t["Compliance.Title"]);
        if (r.Scorecard.Unions.Count == 1)
        {
            pdf.Table(
                [new(t["Compliance.Rule"], 3), new(t["Compliance.Status"], 1.2), new(t["Compliance.Value"], 1.4), new(t["Compliance.EvidenceCount"], 0.9)],
                measured.Select(rule => r.Scorecard.Items.Single(i => i.Rule == rule.Id)).Select(i => new PdfRow(
                    [$"{i.Rule} {r.Scorecard.Rules.Single(rule => rule.Id == i.Rule).Title}", t[$"ComplianceStatus.{i.Status}"], ExportCompliance.Figure(i) ?? "—", i.Evidence.Count.ToString(CultureInfo.InvariantCulture)],
                    [PdfTone.None, Tone(i.Status), PdfTone.None, PdfTone.None])));
        }
        else if (matrix)
        {
            pdf.Table(
                [new(t["Compliance.Union"], 2.4), .. measured.Select(rule => new PdfColumn(rule.Id, 1))],
                r.Scorecard.Unions.Select(u =>
                {
                    var items = measured.Select(rule => r.Scorecard.Items.Single(i => i.UnionId == u.Id && i.Rule == rule.Id)).ToList();
                    return new PdfRow([u.Name, .. items.Select(Cell)], [PdfTone.None, .. items.Select(i => Tone(i.Status))]);
                }));
            pdf.Note(string.Join("；", measured.Select(rule => $"{rule.Id} {rule.Title}")));
            pdf.Upright();
        }

        pdf.Heading(t["Plan.Title"]);
        if (r.Plans.Count == 0)
        {
            pdf.Note(t["Report.NoPlans"]);
        }
        else
        {
            pdf.Table(
                [new(t["Compliance.Union"], 3), new(t["Compliance.Status"], 1.3), new(t["Plan.Items"], 0.8), new(t["Plan.SelfTotal"], 1), new(t["Plan.DistrictTotal"], 1)],
                r.Plans.Select(p => new PdfRow([p.UnionName, t[$"AnnualPlanStatus.{p.Status}"], p.Items.ToString(CultureInfo.InvariantCulture), Total(p.SelfTotal), Total(p.DistrictTotal)])));
        }

        pdf.Signature([t["Report.Issuer", r.Issuer], t["Report.SignedBy"], t["Report.SignedOn", LocalizationSetup.Today.Year, LocalizationSetup.Today.Month, LocalizationSetup.Today.Day]]);
        return pdf.ToBytes();
    }

    /// <summary>The status over the figure, as two lines of a narrow column.</summary>
    private string Cell(ComplianceItem i) => ExportCompliance.Figure(i) is { } figure ? $"{t[$"ComplianceStatus.{i.Status}"]}\n{figure}" : t[$"ComplianceStatus.{i.Status}"];

    private static string Total(decimal? total) => total?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";

    private static PdfTone Tone(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => PdfTone.Good,
        ComplianceStatus.NotMet => PdfTone.Bad,
        _ => PdfTone.Muted,
    };
}
