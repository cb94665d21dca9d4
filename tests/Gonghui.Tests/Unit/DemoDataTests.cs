using Gonghui.Features.Demo;

namespace Gonghui.Tests.Unit;

/// <summary>The demo district is used for screenshots and training: its people and companies must look real.</summary>
public sealed class DemoDataTests
{
    private static readonly string[] Female = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莹", "颖", "琳", "倩"];
    private static readonly string[] Male = ["伟", "强", "磊", "军", "勇", "杰", "涛", "刚", "斌", "凯", "健", "峰", "龙"];

    [Fact]
    public void A_members_given_name_suits_the_sex_its_id_number_records()
    {
        var random = new Random(3);
        for (var i = 0; i < 2000; i++)
        {
            var id = SyntheticIdentities.IdNumber(i);
            var name = SyntheticIdentities.Name(id, random);
            var male = (id[16] - '0') % 2 == 1;
            Assert.InRange(name.Length, 2, 3);
            Assert.False(name[1..].Any(c => (male ? Female : Male).Contains(c.ToString())), $"{name} for a {(male ? "man" : "woman")}");
        }
    }

    [Fact]
    public void Names_vary_enough_that_a_page_of_members_is_not_one_name()
    {
        var random = new Random(5);
        var names = Enumerable.Range(0, 200).Select(_ => SyntheticIdentities.Name(random)).ToList();
        Assert.True(names.Distinct().Count() > 180);
        Assert.True(names.Select(n => n[0]).Distinct().Count() > 30);
    }

    [Fact]
    public void Phones_are_mobile_numbers_of_a_real_prefix()
    {
        var random = new Random(7);
        foreach (var phone in Enumerable.Range(0, 1000).Select(_ => SyntheticIdentities.Phone(random)))
        {
            Assert.Matches("^1(3[0-9]|5[0-35-9]|66|7[67]|8[0-35-9]|9[89])[0-9]{8}$", phone);
        }
    }
}
