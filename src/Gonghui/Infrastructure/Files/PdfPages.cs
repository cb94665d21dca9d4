using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gonghui.Infrastructure.Files;

/// <summary>How a table cell is shaded: a verdict's colours, as the console shows them.</summary>
public enum PdfTone
{
    None,
    Good,
    Bad,
    Muted,
}

/// <summary>A table column: its heading and its share of the page's width.</summary>
public sealed record PdfColumn(string Heading, double Share);

/// <summary>A table row; <paramref name="Tones"/>, when given, shades each cell.</summary>
public sealed record PdfRow(IReadOnlyList<string> Cells, IReadOnlyList<PdfTone>? Tones = null);

/// <summary>
/// A printed document on A4 pages, top to bottom: a title, headings, lines of text and tables whose cells wrap and
/// whose rows never split across pages (a table's heading row repeats on each new page). Every page is footed with
/// the document's title and its number of the whole. Text wraps at any character (Chinese has no spaces), after a
/// space or a slash where a line has one.
/// </summary>
public sealed class PdfPages : IDisposable
{
    private const double Margin = 50;
    private const double Padding = 4;
    private static readonly XColor Rule = XColor.FromArgb(0xd9, 0xd9, 0xd9);
    private static readonly double ShortSide = XUnit.FromMillimeter(210).Point;
    private static readonly double LongSide = XUnit.FromMillimeter(297).Point;

    private readonly string title;
    private readonly PdfDocument document = new();
    private readonly XFont titleFont = new(PdfFonts.Family, 17, XFontStyleEx.Bold);
    private readonly XFont headingFont = new(PdfFonts.Family, 12.5, XFontStyleEx.Bold);
    private readonly XFont textFont = new(PdfFonts.Family, 9.5);
    private readonly XFont boldFont = new(PdfFonts.Family, 9.5, XFontStyleEx.Bold);
    private readonly XFont smallFont = new(PdfFonts.Family, 8);
    private XGraphics? graphics;
    private double y;
    private bool landscape;

    // The page being written: A4, upright unless a wide table turned it.
    private double PageWidth => landscape ? LongSide : ShortSide;

    private double PageHeight => landscape ? ShortSide : LongSide;

    private double Width => PageWidth - (2 * Margin);

    private double Bottom => PageHeight - Margin;

    internal PdfPages(string title)
    {
        this.title = title;
        document.Info.Title = title;
        document.Info.Creator = "Gonghui";
    }

    private XGraphics Page => graphics ?? NewPage();

    public void Title(string text) => Lines(text, titleFont, XBrushes.Black, after: 6);

    public void Heading(string text)
    {
        // A heading stays with at least two lines of what it heads.
        Room(headingFont.GetHeight() + (3 * (textFont.GetHeight() + (2 * Padding))));
        y += 8;
        Lines(text, headingFont, XBrushes.Black, after: 4);
    }

    /// <summary>A line of small grey text (a date, a source, a note).</summary>
    public void Note(string text) => Lines(text, smallFont, XBrushes.DimGray, after: 4);

    /// <summary>
    /// What follows goes on A4 turned sideways (a table with a column per rule), from a new page; <see cref="Upright"/>
    /// turns back. Nothing changes when the pages already lie that way.
    /// </summary>
    public void Sideways() => Turn(true);

    public void Upright() => Turn(false);

    private void Turn(bool sideways)
    {
        if (landscape != sideways)
        {
            landscape = sideways;
            NewPage();
        }
    }

    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<PdfRow> rows)
    {
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => Width * c.Share / total).ToList();
        var heading = new PdfRow(columns.Select(c => c.Heading).ToList(), columns.Select(_ => PdfTone.Muted).ToList());
        Row(heading, widths, boldFont, null);
        foreach (var row in rows)
        {
            Row(row, widths, textFont, heading);
        }

        y += 6;
    }

    /// <summary>
    /// The close of a document that is signed and sealed: its lines (the issuer, a line to sign on, the date) set to the
    /// right of the page, kept together with room above for the seal.
    /// </summary>
    public void Signature(IReadOnlyList<string> lines)
    {
        var height = 24 + (lines.Count * (textFont.GetHeight() + 10));
        Room(height);
        y += 24;
        var left = Margin + (Width * 0.5);
        foreach (var line in lines)
        {
            Page.DrawString(line, textFont, XBrushes.Black, new XPoint(left, y + (textFont.GetHeight() * 0.8)));
            y += textFont.GetHeight() + 10;
        }
    }

    /// <summary>The document with every page footed, as PDF bytes.</summary>
    public byte[] ToBytes()
    {
        _ = Page; // an empty document still has its first page
        graphics?.Dispose();
        graphics = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i]);
            var (pageWidth, pageHeight) = (document.Pages[i].Width.Point, document.Pages[i].Height.Point);
            var foot = pageHeight - (Margin / 2);
            g.DrawLine(new XPen(Rule, 0.5), Margin, foot - 12, pageWidth - Margin, foot - 12);
            g.DrawString(title, smallFont, XBrushes.DimGray, new XPoint(Margin, foot));
            var number = $"{i + 1} / {document.PageCount}";
            g.DrawString(number, smallFont, XBrushes.DimGray, new XPoint(pageWidth - Margin - g.MeasureString(number, smallFont).Width, foot));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private void Row(PdfRow row, IReadOnlyList<double> widths, XFont font, PdfRow? repeatHeading)
    {
        var lines = row.Cells.Select((cell, i) => Wrap(cell, font, widths[i] - (2 * Padding))).ToList();
        var height = (lines.Max(l => l.Count) * font.GetHeight()) + (2 * Padding);
        if (Room(height) && repeatHeading is not null)
        {
            Row(repeatHeading, widths, boldFont, null);
        }

        var x = Margin;
        for (var i = 0; i < widths.Count; i++)
        {
            var tone = row.Tones is { } tones && i < tones.Count ? tones[i] : PdfTone.None;
            if (Fill(tone) is { } fill)
            {
                Page.DrawRectangle(new XSolidBrush(fill), x, y, widths[i], height);
            }

            Page.DrawRectangle(new XPen(Rule, 0.5), x, y, widths[i], height);
            var lineY = y + Padding + font.GetHeight() * 0.8;
            foreach (var line in lines[i])
            {
                Page.DrawString(line, font, XBrushes.Black, new XPoint(x + Padding, lineY));
                lineY += font.GetHeight();
            }

            x += widths[i];
        }

        y += height;
    }

    private void Lines(string text, XFont font, XBrush brush, double after)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            Room(font.GetHeight());
            Page.DrawString(line, font, brush, new XPoint(Margin, y + (font.GetHeight() * 0.8)));
            y += font.GetHeight();
        }

        y += after;
    }

    /// <summary>Starts a new page when <paramref name="height"/> does not fit on this one; says whether it did.</summary>
    private bool Room(double height)
    {
        if (graphics is not null && y + height <= Bottom)
        {
            return false;
        }

        NewPage();
        return true;
    }

    private XGraphics NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = landscape ? PageOrientation.Landscape : PageOrientation.Portrait;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
        return graphics;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var c in paragraph)
            {
                var longer = line + c;
                if (line.Length == 0 || Page.MeasureString(longer, font).Width <= width)
                {
                    line = longer;
                    continue;
                }

                // Break after the line's last space or slash when it has one (a Latin word or "3/1" stays whole), else
                // before this character.
                var at = c == ' ' ? line.Length : line.LastIndexOfAny([' ', '/']) + 1;
                if (at > 1)
                {
                    lines.Add(line[..at].TrimEnd());
                    line = (line[at..] + c).TrimStart();
                }
                else
                {
                    lines.Add(line);
                    line = c.ToString();
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static XColor? Fill(PdfTone tone) => tone switch
    {
        PdfTone.Good => XColor.FromArgb(0xf6, 0xff, 0xed),
        PdfTone.Bad => XColor.FromArgb(0xff, 0xf1, 0xf0),
        PdfTone.Muted => XColor.FromArgb(0xfa, 0xfa, 0xfa),
        _ => null,
    };
}
