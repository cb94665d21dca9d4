using Gonghui.Infrastructure.Jobs;

namespace Gonghui.Tests.Unit;

public sealed class RowErrorsTests
{
    [Fact]
    public void The_first_errors_are_kept_in_full_and_every_one_is_counted()
    {
        var errors = new RowErrors(3);
        errors.Add(new RowError(2, "身份证号", "校验位错误"));
        errors.AddRange(Enumerable.Range(3, 1_000_000).Select(r => new RowError(r, "姓名", "必填")));
        Assert.Equal(1_000_001, errors.Count);
        Assert.Equal([2, 3, 4], errors.Kept.Select(e => e.Row));
    }
}
