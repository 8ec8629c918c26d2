using Reserve.Sdk.Classification;
using Reserve.Sdk.Projects;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class TwoNewOneMajorTests
{
    private static ProjectRecord Project(string name, string scale, ProjectField? field) => new() { Name = name, Scale = scale, Field = field };

    [Fact]
    public void Data_centre_is_information_infrastructure_with_the_words_that_decided_it()
    {
        var tag = Assert.Single(TwoNewOneMajor.Classify(Project("嘉峪关市城市数据中心建设项目", "新建机柜500个", ProjectField.NewInfrastructure)));
        Assert.Equal("新型基础设施-信息", tag.Tag);
        Assert.Contains("“数据中心”", tag.Reason);
        Assert.Contains("http", tag.Source.Url);
    }

    [Fact]
    public void Old_community_renovation_with_lifts_is_new_urbanization_by_field_and_words()
    {
        var tag = Assert.Single(TwoNewOneMajor.Classify(Project("雄关区老旧小区改造项目", "改造小区12个，加装电梯30部", ProjectField.OldResidentialCommunities)));
        Assert.Equal("新型城镇化", tag.Tag);
        Assert.Contains("所属领域为“城镇老旧小区”", tag.Reason);
        Assert.Contains("加装电梯", tag.Reason);
    }

    [Fact]
    public void A_project_can_carry_several_tags_and_some_carry_none()
    {
        var tags = TwoNewOneMajor.Classify(Project("S215线公路智慧交通改造工程", "改造公路20公里，建设充电站4座", ProjectField.Transport)).Select(t => t.Tag).ToList();
        Assert.Equal(["新型基础设施-融合", "重大工程-交通"], tags);
        Assert.Empty(TwoNewOneMajor.Classify(Project("文化广场提升工程", "铺装广场", ProjectField.CultureTourism)));
        Assert.True(TwoNewOneMajor.Has(Project("5G基站建设项目", "新建基站", null), TwoNewOneMajor.NewInfrastructure));
    }
}
