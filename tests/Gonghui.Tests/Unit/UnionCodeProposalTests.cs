using Gonghui.Features.Organisation.Rules;

namespace Gonghui.Tests.Unit;

public sealed class UnionCodeProposalTests
{
    [Fact]
    public void A_parent_without_children_proposes_its_first_number() =>
        Assert.Equal("CY-GX-001", UnionCodeProposal.Next("CY-GX", []));

    [Fact]
    public void The_next_number_of_the_childrens_pattern_keeps_its_width() =>
        Assert.Equal("CY-GX-007", UnionCodeProposal.Next("CY-GX", ["CY-GX-001", "CY-GX-006", "CY-GX-003"]));

    [Fact]
    public void Letters_before_the_number_are_kept() =>
        Assert.Equal("CY-A41", UnionCodeProposal.Next("CY", ["CY-A01", "CY-A40", "CY-GX", "CY-JY", "CY-WC"]));

    [Fact]
    public void A_number_past_its_width_grows_rather_than_wraps() =>
        Assert.Equal("CY-GX-1000", UnionCodeProposal.Next("CY-GX", ["CY-GX-999"]));

    [Fact]
    public void Grandchildren_and_odd_codes_do_not_set_the_pattern() =>
        Assert.Equal("CY-GX-003", UnionCodeProposal.Next("CY-GX", ["CY-GX-001", "CY-GX-002", "CY-GX-001-01", "CY-GX-特殊", "CY-GXX-009"]));
}
