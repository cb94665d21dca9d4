using Gonghui.Features.Imports.Rules;
using Gonghui.Infrastructure.Jobs;

namespace Gonghui.Tests.Unit;

public sealed class ImportPaceTests
{
    private static readonly DateTime Start = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("reading", 0, 0)]
    [InlineData("reading", 50, 45)]
    [InlineData("reading", 100, 90)]
    [InlineData("reading", 150, 90)]
    [InlineData("writing", 0, 90)]
    [InlineData("writing", 50, 95)]
    [InlineData("writing", 100, 100)]
    public void Reading_is_the_first_ninety_percent_and_writing_the_rest(string phase, int phasePercent, int done) =>
        Assert.Equal(done, ImportPace.PercentOf(false, new ImportProgress(phase, 10, 0, phasePercent)));

    [Fact]
    public void A_finished_job_is_done_and_has_no_pace()
    {
        var pace = ImportPace.Of(true, new ImportProgress("reading", 10, 0, 10), Start, Start.AddMinutes(5));
        Assert.Equal(new ImportPace(100, null, null), pace);
    }

    [Fact]
    public void Rows_per_second_and_time_left_follow_from_the_elapsed_time()
    {
        // 40 s in, 200,000 rows read, reading half done (45 % of the whole): 5,000 rows a second, 40 × 55 / 45 s left.
        var pace = ImportPace.Of(false, new ImportProgress("reading", 200_000, 3, 50), Start, Start.AddSeconds(40));
        Assert.Equal(45, pace.PercentDone);
        Assert.Equal(5_000, pace.RowsPerSecond);
        Assert.Equal(49, pace.SecondsLeft);
    }

    [Fact]
    public void No_guess_before_a_second_has_passed_or_anything_is_done()
    {
        Assert.Equal(new ImportPace(0, null, null), ImportPace.Of(false, new ImportProgress("reading", 10, 0, 0), Start, Start.AddMilliseconds(900)));
        Assert.Equal(new ImportPace(0, null, null), ImportPace.Of(false, new ImportProgress("queued", 0, 0), Start, Start.AddSeconds(30)));
        Assert.Equal(new ImportPace(0, null, null), ImportPace.Of(false, null, null, Start));
    }
}
