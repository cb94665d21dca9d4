using Gonghui.Infrastructure.Jobs;

namespace Gonghui.Tests.Unit;

public sealed class ImportBoardTests
{
    [Fact]
    public void A_waiting_import_shows_how_many_go_before_it_until_it_starts()
    {
        var board = new ImportProgressBoard();
        board.Waiting(1);
        board.Waiting(2);
        board.Waiting(3);
        Assert.Equal(("queued", 2), (board.Of(3)!.Phase, board.Of(3)!.Ahead!.Value));

        board.For(1).Report(new ImportProgress("reading", 10, 0));
        Assert.Equal("reading", board.Of(1)!.Phase);
        Assert.Equal(1, board.Of(2)!.Ahead); // the running one
        Assert.Equal(2, board.Of(3)!.Ahead);

        board.Done(1);
        board.For(2);
        Assert.Equal(1, board.Of(3)!.Ahead); // 2 runs from when it starts, before its first report
        Assert.Null(board.Of(4));
    }
}
