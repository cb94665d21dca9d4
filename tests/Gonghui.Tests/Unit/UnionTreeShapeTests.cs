using Gonghui.Features.Organisation;
using static Gonghui.Features.Organisation.UnionKind;

namespace Gonghui.Tests.Unit;

public sealed class UnionTreeShapeTests
{
    [Theory]
    [InlineData(District, null, true)]
    [InlineData(District, District, false)]
    [InlineData(AreaFederation, District, true)]
    [InlineData(IndustrialUnion, District, true)]
    [InlineData(IndustrialUnion, AreaFederation, false)]
    [InlineData(AreaFederation, null, false)]
    [InlineData(GrassrootsUnion, AreaFederation, true)]
    [InlineData(GrassrootsUnion, IndustrialUnion, true)]
    [InlineData(GrassrootsUnion, GrassrootsUnion, true)]
    [InlineData(GrassrootsUnion, District, false)]
    [InlineData(GrassrootsUnion, null, false)]
    public void Each_kind_stands_under_the_kinds_the_plan_puts_above_it(UnionKind kind, UnionKind? parent, bool fits) =>
        Assert.Equal(fits, UnionInputValidator.FitsUnder(kind, parent));
}
