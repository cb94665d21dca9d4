namespace Gonghui.Features.Services;

/// <summary>
/// The service categories (服务项目) of the plan's R10 table and the district's catalogue: a fixed list, so that the
/// district's required categories per industry are a setting of choices and every record names one of them.
/// </summary>
public enum ServiceCategory
{
    /// <summary>文体活动.</summary>
    CultureSports,

    /// <summary>大病和意外紧急救助.</summary>
    EmergencyAid,

    /// <summary>心理咨询与减压.</summary>
    Counselling,

    /// <summary>技能培训.</summary>
    SkillsTraining,

    /// <summary>安全生产.</summary>
    WorkSafety,

    /// <summary>法律援助.</summary>
    LegalAid,

    /// <summary>职业健康.</summary>
    OccupationalHealth,

    /// <summary>困难帮扶.</summary>
    HardshipAssistance,

    /// <summary>创业就业.</summary>
    Employment,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>Who ran a delivered service.</summary>
public enum ServiceRunBy
{
    /// <summary>The union itself (a designated service or a one-off).</summary>
    Union,

    /// <summary>A provider under a purchase contract.</summary>
    Purchase,

    /// <summary>A workers' service station.</summary>
    Station,
}

/// <summary>How a service is bought (R9): a whole project, or by the order.</summary>
public enum PurchaseMode
{
    /// <summary>项目制.</summary>
    Project,

    /// <summary>订单式.</summary>
    Order,
}

/// <summary>What kind of body provides bought services.</summary>
public enum ProviderKind
{
    /// <summary>社会组织.</summary>
    SocialOrganisation,

    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>事业单位.</summary>
    PublicInstitution,
}

/// <summary>The outcome of a deliverable's acceptance (验收).</summary>
public enum AcceptanceResult
{
    Accepted,
    Rejected,
}
