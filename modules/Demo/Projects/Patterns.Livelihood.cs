using Reserve.Sdk.Projects;
using static System.FormattableString;

namespace Reserve.Demo.Projects;

/// <summary>Patterns of 城镇老旧小区, 保障性住房, 社会民生, 公共卫生 and 文化旅游 projects.</summary>
internal static partial class Patterns
{
    /// <summary>
    /// Old-community renovation: the size is the number of households (3.5–7 万元 per household, the
    /// usual range for 基础类 plus some 完善类 works), and the household count feeds the channel facts.
    /// </summary>
    public static readonly ProjectPattern[] OldResidentialCommunities =
    [
        new()
        {
            Field = ProjectField.OldResidentialCommunities,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(800m, 8000m),
            Size = new(3.5m, 7m, Minimum: 60m),
            Name = (f, x) => $"{x.Site.District}{x.Site.Compound}小区老旧小区改造项目",
            Scale = (f, x) => OldCommunityScale(f, x),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (6, 14),
            RevenueSources = "停车收费、广告位租赁收入",
            Tags = ["新型城镇化", "城市更新"],
            PossibleNegatives = [NegativeListItem.NoRevenue, NegativeListItem.RecurrentExpenditure],
            Facts = ChannelFactKind.OldCommunity,
            Builds = false,
        },
        new()
        {
            Field = ProjectField.OldResidentialCommunities,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(2000m, 8000m),
            Size = new(3.5m, 7m, Minimum: 200m),
            Name = (f, x) => $"{x.Site.District}{x.Site.Road}片区老旧小区改造项目",
            Scale = (f, x) => OldCommunityScale(f, x),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (8, 18),
            RevenueSources = "停车收费、充电服务费",
            Tags = ["新型城镇化", "城市更新"],
            PossibleNegatives = [NegativeListItem.NoRevenue],
            Facts = ChannelFactKind.OldCommunity,
            Builds = false,
        },
        new()
        {
            Field = ProjectField.OldResidentialCommunities,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(3000m, 8000m),
            Size = new(3.5m, 7m, Minimum: 300m),
            Name = (f, x) => Invariant($"{Jiayuguan.City}{x.StartYear}年城镇老旧小区改造项目（{x.Site.District}）"),
            Scale = (f, x) => OldCommunityScale(f, x),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (8, 16),
            Tags = ["新型城镇化", "城市更新"],
            Facts = ChannelFactKind.OldCommunity,
            Builds = false,
        },
        new()
        {
            Field = ProjectField.OldResidentialCommunities,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(800m, 3000m),
            Size = new(8m, 15m, Minimum: 40m),
            Name = (f, x) => $"{x.Site.District}{x.Site.Compound}小区加装电梯及配套设施改造项目",
            Scale = (f, x) => Invariant($"为{x.Site.Compound}小区{decimal.Ceiling(x.Size / 12m):0}个单元加装电梯，惠及居民{x.Size:0}户，同步改造单元入口无障碍设施及楼道照明。"),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (6, 12),
            Tags = ["新型城镇化", "城市更新"],
            Facts = ChannelFactKind.OldCommunity,
            Builds = false,
        },
    ];

    public static readonly ProjectPattern[] AffordableHousing =
    [
        new()
        {
            Field = ProjectField.AffordableHousing,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(3000m, 40000m),
            Size = new(25m, 45m, Minimum: 60m),
            Name = (f, x) => $"{x.Site.District}保障性租赁住房建设项目",
            Scale = (f, x) => Invariant($"新建保障性租赁住房{x.Size:0}套，总建筑面积{x.Size * f.Random.Decimal(0.0050m, 0.0075m):0.00}万平方米，配套建设地下车库、社区服务用房及室外工程。"),
            Attributes = new(7, 2, 1),
            DurationMonths = (18, 30),
            IndustryCode = "4710",
            RevenueSources = "租金收入、停车收费",
            LandMu = (f, x) => Money.Round2(x.Size * f.Random.Decimal(0.05m, 0.09m)),
            Tags = ["新型城镇化"],
            PossibleNegatives = [NegativeListItem.RealEstateDevelopment],
            Trades = ["置业", "住房租赁"],
        },
        new()
        {
            Field = ProjectField.AffordableHousing,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(800m, 6000m),
            Name = (f, x) => $"{x.Site.District}{x.Site.Compound}公共租赁住房配套基础设施建设项目",
            Scale = (f, x) => Invariant($"改造小区道路{f.Random.Int(1, 5)}万平方米、供排水管网{f.Random.Int(2, 9)}公里，新建停车位{f.Random.Int(80, 400)}个及照明、绿化、安防设施。"),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (6, 14),
            RevenueSources = "租金收入",
            Tags = ["新型城镇化"],
            Builds = false,
        },
        new()
        {
            Field = ProjectField.AffordableHousing,
            Departments = ["住建局"],
            Site = SiteKind.Urban,
            Investment = new(10000m, 60000m),
            Size = new(28m, 45m, Minimum: 200m),
            Name = (f, x) => $"{x.Site.District}城中村改造安置住房建设项目",
            Scale = (f, x) => Invariant($"建设安置住房{x.Size:0}套，配套建设幼儿园、社区服务中心及市政道路、管网等基础设施。"),
            Attributes = new(8, 0, 2),
            DurationMonths = (24, 36),
            IndustryCode = "4710",
            RevenueSources = "安置房销售收入、商业配套租赁收入",
            LandMu = (f, x) => Money.Round2(x.Size * f.Random.Decimal(0.06m, 0.1m)),
            Tags = ["新型城镇化", "城市更新"],
            PossibleNegatives = [NegativeListItem.RealEstateDevelopment, NegativeListItem.LandReserve],
            Trades = ["城市更新"],
        },
    ];

    public static readonly ProjectPattern[] SocialLivelihood =
    [
        new()
        {
            Field = ProjectField.SocialLivelihood,
            Departments = ["教育局"],
            Site = SiteKind.Urban,
            Investment = new(2000m, 12000m),
            Size = new(0.35m, 0.55m, Minimum: 3000m),
            Name = (f, x) => $"{Jiayuguan.City}第{x.Ordinal}中学教学综合楼建设项目",
            Scale = (f, x) => Invariant($"新建教学综合楼一栋，建筑面积{x.Size:0}平方米，设置教室{f.Random.Int(24, 60)}间及实验室、图书室，配套建设运动场地及室外工程。"),
            Natures = [ConstructionNature.New, ConstructionNature.Expansion],
            DurationMonths = (14, 24),
            IndustryCode = "8331",
            GovernmentUnit = (f, x) => new($"{Jiayuguan.City}第{x.Ordinal}中学", UnitKind.PublicInstitution),
        },
        new()
        {
            Field = ProjectField.SocialLivelihood,
            Departments = ["教育局"],
            Site = SiteKind.Urban,
            Investment = new(800m, 5000m),
            Size = new(0.35m, 0.5m, Minimum: 1500m),
            Name = (f, x) => $"{x.Site.District}{x.Site.Road}幼儿园建设项目",
            Scale = (f, x) => Invariant($"新建{f.Random.Int(9, 18)}班幼儿园一所，建筑面积{x.Size:0}平方米，配套建设室外活动场地、绿化及围墙。"),
            DurationMonths = (12, 20),
            IndustryCode = "8310",
            LandMu = (f, x) => f.Ratio(6m, 15m),
            Tags = ["一老一小"],
        },
        new()
        {
            Field = ProjectField.SocialLivelihood,
            Departments = ["教育局"],
            Site = SiteKind.Park,
            Investment = new(5000m, 25000m),
            Size = new(0.35m, 0.5m, Minimum: 8000m),
            Name = (f, x) => $"{Jiayuguan.City}职业教育实训基地建设项目",
            Scale = (f, x) => Invariant($"新建实训楼及公共实训车间，建筑面积{x.Size:0}平方米，购置冶金、新能源、智能制造等专业实训设备{f.Random.Int(200, 800)}台（套）。"),
            DurationMonths = (18, 30),
            IndustryCode = "8336",
            RevenueSources = "实训服务收入、场地租赁收入",
            LandMu = (f, x) => f.Ratio(30m, 120m),
            Tags = ["产教融合"],
        },
        new()
        {
            Field = ProjectField.SocialLivelihood,
            Departments = ["卫健委"],
            Site = SiteKind.Urban,
            Investment = new(600m, 5000m),
            Size = new(8m, 15m, Minimum: 60m),
            Name = (f, x) => $"{x.Site.District}社区养老服务中心建设项目",
            Scale = (f, x) => Invariant($"建设社区嵌入式养老服务中心，设置养老床位{x.Size:0}张，配套建设老年助餐、康复护理及日间照料用房。"),
            Attributes = new(7, 1, 2),
            DurationMonths = (10, 18),
            IndustryCode = "8514",
            RevenueSources = "养老服务收入",
            LandMu = (f, x) => f.Ratio(3m, 15m),
            Tags = ["一老一小"],
            Trades = ["养老服务", "康养"],
            GovernmentUnit = (f, x) => f.Chance(0.5)
                ? new($"{Jiayuguan.City}卫生健康委员会", UnitKind.Agency)
                : new($"{Jiayuguan.City}医养结合服务中心", UnitKind.PublicInstitution),
        },
        new()
        {
            Field = ProjectField.SocialLivelihood,
            Departments = ["卫健委"],
            Site = SiteKind.Urban,
            Investment = new(800m, 4000m),
            Size = new(6m, 12m, Minimum: 60m),
            Name = (f, x) => $"{x.Site.District}托育综合服务中心建设项目",
            Scale = (f, x) => Invariant($"建设普惠托育综合服务中心，设置托位{x.Size:0}个，配套建设婴幼儿活动室、保健室及户外活动场地。"),
            DurationMonths = (10, 18),
            RevenueSources = "托育服务收入",
            Tags = ["一老一小"],
            GovernmentUnit = (f, x) => f.Chance(0.5)
                ? new($"{Jiayuguan.City}卫生健康委员会", UnitKind.Agency)
                : new($"{Jiayuguan.City}妇幼保健院", UnitKind.PublicInstitution),
        },
    ];

    public static readonly ProjectPattern[] PublicHealth =
    [
        new()
        {
            Field = ProjectField.PublicHealth,
            Departments = ["卫健委"],
            Site = SiteKind.Urban,
            Investment = new(5000m, 30000m),
            Size = new(0.5m, 0.8m, Minimum: 5000m),
            Name = (f, x) => $"{Jiayuguan.City}第一人民医院传染病区建设项目",
            Scale = (f, x) => Invariant($"新建传染病区综合楼，建筑面积{x.Size:0}平方米，设置负压病房{f.Random.Int(10, 40)}间、床位{f.Random.Int(100, 300)}张，购置医疗设备{f.Random.Int(80, 300)}台（套）。"),
            Natures = [ConstructionNature.New, ConstructionNature.Expansion],
            DurationMonths = (18, 30),
            IndustryCode = "8411",
            RevenueSources = "医疗服务收入",
            LandMu = (f, x) => f.Ratio(10m, 40m),
            Tags = ["公共卫生体系"],
            GovernmentUnit = (f, x) => new($"{Jiayuguan.City}第一人民医院", UnitKind.PublicInstitution),
        },
        new()
        {
            Field = ProjectField.PublicHealth,
            Departments = ["卫健委"],
            Site = SiteKind.Urban,
            Investment = new(1000m, 6000m),
            Name = (f, x) => $"{Jiayuguan.City}疾病预防控制中心实验室能力提升项目",
            Scale = (f, x) => Invariant($"改造生物安全二级实验室{f.Random.Int(1, 4)}个，建设理化、微生物检测实验室{f.Random.Int(800, 3000)}平方米，购置检验检测设备{f.Random.Int(60, 200)}台（套）。"),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (8, 16),
            IndustryCode = "8431",
            Tags = ["公共卫生体系"],
            GovernmentUnit = (f, x) => new($"{Jiayuguan.City}疾病预防控制中心", UnitKind.PublicInstitution),
            Builds = false,
        },
        new()
        {
            Field = ProjectField.PublicHealth,
            Departments = ["卫健委"],
            Site = SiteKind.Rural,
            Investment = new(500m, 3000m),
            Size = new(0.35m, 0.5m, Minimum: 1200m),
            Name = (f, x) => $"{x.Site.Town}卫生院标准化建设项目",
            Scale = (f, x) => Invariant($"新建门诊医技综合楼{x.Size:0}平方米，改造发热门诊及预防接种门诊，购置DR、彩超、全自动生化分析仪等设备。"),
            Natures = [ConstructionNature.Expansion, ConstructionNature.Reconstruction],
            DurationMonths = (10, 18),
            IndustryCode = "8423",
            Tags = ["公共卫生体系"],
            GovernmentUnit = (f, x) => new($"{Jiayuguan.City}{x.Site.Town}卫生院", UnitKind.PublicInstitution),
        },
        new()
        {
            Field = ProjectField.PublicHealth,
            Departments = ["卫健委"],
            Site = SiteKind.Urban,
            Investment = new(6000m, 35000m),
            Size = new(0.5m, 0.8m, Minimum: 8000m),
            Name = (f, x) => $"{Jiayuguan.City}中医医院门诊综合楼建设项目",
            Scale = (f, x) => Invariant($"新建门诊综合楼，建筑面积{x.Size:0}平方米，设置中医特色诊疗区、康复治疗区及配套停车场。"),
            Natures = [ConstructionNature.New, ConstructionNature.Expansion],
            DurationMonths = (20, 32),
            IndustryCode = "8412",
            RevenueSources = "医疗服务收入、停车收费",
            LandMu = (f, x) => f.Ratio(10m, 30m),
            Tags = ["公共卫生体系"],
            GovernmentUnit = (f, x) => new($"{Jiayuguan.City}中医医院", UnitKind.PublicInstitution),
        },
        new()
        {
            Field = ProjectField.PublicHealth,
            Departments = ["卫健委"],
            Site = SiteKind.Urban,
            Investment = new(3000m, 20000m),
            Size = new(0.5m, 0.8m, Minimum: 4000m),
            Name = (f, x) => $"{Jiayuguan.City}紧急医学救援中心建设项目",
            Scale = (f, x) => Invariant($"新建紧急医学救援中心{x.Size:0}平方米，配置负压救护车{f.Random.Int(5, 20)}辆及移动医疗方舱、应急物资储备设施。"),
            DurationMonths = (14, 24),
            LandMu = (f, x) => f.Ratio(8m, 25m),
            Tags = ["公共卫生体系", "重大物资储备"],
        },
    ];

    public static readonly ProjectPattern[] CultureTourism =
    [
        new()
        {
            Field = ProjectField.CultureTourism,
            Departments = ["文旅局"],
            Site = SiteKind.CityWide,
            Investment = new(3000m, 30000m),
            Name = (f, x) => "嘉峪关关城景区提升改造项目",
            Scale = (f, x) => Invariant($"改造游客服务中心{f.Random.Int(2000, 8000)}平方米，提升景区游览步道{f.Random.Int(3, 12)}公里、夜间照明及智慧导览系统，新建生态停车场{f.Random.Int(200, 800)}个车位。"),
            Attributes = new(7, 1, 2),
            Natures = [ConstructionNature.Reconstruction],
            DurationMonths = (12, 24),
            IndustryCode = "7861",
            RevenueSources = "门票收入、经营性收入",
            Tags = ["十大生态产业-文化旅游"],
            PossibleNegatives = [NegativeListItem.VanityProjects],
            Trades = ["文化旅游"],
            GovernmentUnit = ScenicAreaUnit,
            Builds = false,
        },
        new()
        {
            Field = ProjectField.CultureTourism,
            Departments = ["文旅局"],
            Site = SiteKind.CityWide,
            Investment = new(1000m, 15000m),
            Name = (f, x) => $"{f.Pick(PatternWords.ScenicSpots)}景区基础设施建设项目",
            Scale = (f, x) => Invariant($"建设景区道路{f.Random.Int(2, 10)}公里、旅游厕所{f.Random.Int(2, 8)}座、游客驿站{f.Random.Int(1, 4)}处，完善供水、供电及安防监控设施。"),
            Attributes = new(8, 1, 1),
            Natures = [ConstructionNature.Reconstruction, ConstructionNature.Expansion],
            DurationMonths = (10, 20),
            IndustryCode = "7861",
            RevenueSources = "门票收入、停车收费",
            Tags = ["十大生态产业-文化旅游"],
            PossibleNegatives = [NegativeListItem.VanityProjects],
            Trades = ["文化旅游"],
            GovernmentUnit = ScenicAreaUnit,
            Builds = false,
        },
        new()
        {
            Field = ProjectField.CultureTourism,
            Departments = ["文旅局"],
            Site = SiteKind.Urban,
            Investment = new(5000m, 40000m),
            Size = new(0.45m, 0.7m, Minimum: 6000m),
            Name = (f, x) => $"{x.Site.District}文化体育中心建设项目",
            Scale = (f, x) => Invariant($"新建全民健身中心及文化活动中心，总建筑面积{x.Size:0}平方米，配套建设室外运动场地及停车场。"),
            DurationMonths = (18, 30),
            IndustryCode = "4720",
            RevenueSources = "场馆运营收入",
            LandMu = (f, x) => f.Ratio(15m, 60m),
            PossibleNegatives = [NegativeListItem.OfficeBuildings, NegativeListItem.VanityProjects],
        },
        new()
        {
            Field = ProjectField.CultureTourism,
            Departments = ["文旅局"],
            Site = SiteKind.CityWide,
            Investment = new(500m, 3000m),
            Name = (f, x) => $"{Jiayuguan.City}全域旅游智慧服务平台项目",
            Scale = (f, x) => Invariant($"建设全域旅游大数据中心及智慧服务平台，覆盖景区{f.Random.Int(8, 20)}个，部署客流监测、电子票务及应急指挥系统。"),
            DurationMonths = (6, 12),
            Tags = ["十大生态产业-文化旅游", "新型基础设施-融合"],
            Builds = false,
        },
        new()
        {
            Field = ProjectField.CultureTourism,
            Departments = ["文旅局"],
            Site = SiteKind.Rural,
            Investment = new(10000m, 80000m),
            Name = (f, x) => $"嘉峪关{x.Brand}长城文旅综合体建设项目",
            Scale = (f, x) => Invariant($"建设长城文化展示馆、特色商业街区及民宿集群，总建筑面积{f.Random.Int(2, 12)}万平方米，配套建设游客集散中心及停车场。"),
            Attributes = new(0, 8, 2),
            DurationMonths = (24, 36),
            RevenueSources = "经营性收入、商业租赁收入",
            LandMu = (f, x) => f.Ratio(60m, 300m),
            Tags = ["十大生态产业-文化旅游"],
            PossibleNegatives = [NegativeListItem.RealEstateDevelopment, NegativeListItem.CompetitiveIndustry],
            Trades = ["文化旅游", "文旅发展"],
        },
    ];

    /// <summary>Scenic areas are developed by the bureau or its investment company, not by the museum.</summary>
    private static UnitInfo ScenicAreaUnit(Bogus.Faker f, PatternDraw x) => f.Chance(0.5)
        ? new($"{Jiayuguan.City}文体广电和旅游局", UnitKind.Agency)
        : new($"{Jiayuguan.City}文化旅游投资有限公司", UnitKind.StateEnterprise);

    /// <summary>A 老旧小区 scale text: the household count drives the buildings; the works are a random subset.</summary>
    private static string OldCommunityScale(Bogus.Faker f, PatternDraw x)
    {
        var works = f.Random.Shuffle(PatternWords.OldCommunityWorks).Take(f.Random.Int(3, 6));
        return Invariant($"改造{x.Site.Compound}等小区{f.Random.Int(1, 8)}个、楼栋{decimal.Ceiling(x.Size / 36m):0}栋，涉及居民{x.Size:0}户，主要实施{string.Join("、", works)}等内容。");
    }
}
