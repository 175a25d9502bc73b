package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinDepartments.BANKING_INSURANCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.COMMERCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.COUNTIES;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.DEVELOPMENT_REFORM;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.DEVELOPMENT_ZONE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.EDUCATION;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.FINANCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.FINANCIAL_AFFAIRS;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.HIGH_SPEED_RAIL_PARK;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.HIGH_TECH_ZONE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.HUMAN_RESOURCES;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.INVESTMENT_PROMOTION;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.MARKET_REGULATION;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.MIIT;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.PBOC;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.SCIENCE;
import static dev.srdi.jurisdictions.guilin.GuilinDocuments.cite;

import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Task;
import java.util.List;

/**
 * What the document asks of the government that computes nothing for an enterprise: build the
 * ladder, share out the quotas, set up pools, platforms, mechanisms and the listing office. Each
 * carries its clause's 责任单位 as the clause lists them; the benefits these tasks bring SRDI SMEs
 * are measures of their own.
 */
final class GuilinTasks {
  /** 二、（二） lists these for the doubling plan and the quotas. */
  static final Responsibility DOUBLING_PLAN =
      Responsibility.responsible(MIIT, HIGH_TECH_ZONE, DEVELOPMENT_ZONE, HIGH_SPEED_RAIL_PARK, COUNTIES);
  static final Responsibility CREDIT = Responsibility.responsible(FINANCIAL_AFFAIRS, FINANCE, MIIT, PBOC, BANKING_INSURANCE);
  static final Responsibility LISTING = Responsibility.responsible(FINANCIAL_AFFAIRS, MIIT, BANKING_INSURANCE);
  static final Responsibility INNOVATION = Responsibility.responsible(SCIENCE, DEVELOPMENT_REFORM, EDUCATION, MIIT);
  static final Responsibility TALENT = Responsibility.responsible(EDUCATION, MIIT, HUMAN_RESOURCES);

  private GuilinTasks() {}

  static List<Task> all() {
    return List.of(
        Task.of("guilin.task.ladder-system", "健全优质企业梯度培育体系", "build the quality-SME ladder",
            "Design the SRDI cultivation from the top so that innovative SMEs, city-level and region-level SRDI SMEs,"
                + " national little giants and national single champions form one ladder (see GuilinLadder).",
            cite("一、（一）", "优化“专精特新”中小企业培育工作的顶层设计，形成梯队培育格局"),
            Responsibility.responsible(MIIT)),
        Task.of("guilin.task.cultivation-quotas", "完成自治区级培育任务并分解落实", "meet the region's quota and share it out",
            "Meet the region-level SRDI cultivation task; each county, county-level city and district meets the share"
                + " of the quota assigned to it.",
            cite("一、（二）", "完成自治区级“专精特新”中小企业培育任务，各县（市、区）人民政府按照分解指标落实培育任务"),
            DOUBLING_PLAN),
        Task.of("guilin.task.county-cultivation-pools", "建立县级“专精特新”中小企业培育库", "county cultivation pools",
            "Guide the county governments to set up county SRDI cultivation pools and serve the SRDI SMEs in them.",
            cite("二、（三）", "引导县（市、区）人民政府建立县（市、区）“专精特新”中小企业培育库"),
            Responsibility.responsible(FINANCE, MIIT, COUNTIES)),
        Task.of("guilin.task.service-platforms", "提升基地、平台载体发展能级", "service bases and platforms",
            "Build small and micro enterprise innovation demonstration bases and SME public service demonstration"
                + " platforms, which deliver the service packages.",
            cite("四、（七）", "大力推进小型微型企业创业创新示范基地、中小企业公共服务示范平台等企业服务载体建设"),
            Responsibility.responsible(MIIT, SCIENCE)),
        Task.of("guilin.task.firm-files", "“一户一档”“一企一策”", "a file and a policy for each firm",
            "The county IT departments (各县（市、区）工信部门) keep a file for each SRDI SME and apply a policy for each"
                + " firm; a liaison mechanism covers SRDI SMEs of every level.",
            cite("四、（八）", "各县（市、区）工信部门建立“一户一档”，实施“一企一策”"),
            Responsibility.responsible(MIIT, COUNTIES)),
        Task.of("guilin.task.srdi-list-sharing", "名单推送共享机制", "name-list sharing with financial institutions",
            "Push the SRDI name list to financial institutions and share it, raising the share and amount of"
                + " preferential finance SRDI SMEs enjoy.",
            cite("五、（九）", "建立“专精特新”中小企业名单推送共享机制"),
            CREDIT),
        Task.of("guilin.task.relending-plan", "再贷款再贴现专项计划", "re-lending and re-discount plan",
            "Run a special re-lending and re-discount plan for SRDI SMEs so that eligible new and renewed loans get"
                + " every subsidy due (应贴尽贴、应享尽享).",
            cite("五、（九）", "实施再贷款再贴现支持“专精特新”中小企业专项计划"),
            CREDIT),
        Task.of("guilin.task.risk-sharing", "政金企风险共担机制", "government-finance-enterprise risk sharing",
            "Set up risk sharing; financial institutions that support SRDI SMEs are recommended first for guarantee"
                + " and loan risk compensation.",
            cite("五、（九）", "建立政金企风险共担机制，优先推荐为“专精特新”中小企业提供支持的金融机构享受担保风险补偿和贷款风险补偿"),
            CREDIT),
        Task.of("guilin.task.insurance", "保险服务", "insurance services",
            "Encourage insurers to insure SRDI SMEs' assets and intellectual property better and at lower cost.",
            cite("五、（九）", "鼓励金融保险机构支持“专精特新”中小企业发展"),
            CREDIT),
        Task.of("guilin.task.supply-chain-finance", "发展供应链金融", "supply-chain finance",
            "Map the financing needs of core chain enterprises and their upstream and downstream SMEs and expand"
                + " receivables financing.",
            cite("五、（九）", "大力发展供应链金融"),
            CREDIT),
        Task.of("guilin.task.listing-office", "成立“上市办”", "set up the listing office",
            "The financial affairs office leads (牵头) the setting up of a listing office that coordinates listing"
                + " preparations of SRDI SMEs and other firms planning to list.",
            cite("五、（十）", "由市金融办牵头成立“上市办”"),
            Responsibility.ledBy(List.of(FINANCIAL_AFFAIRS), List.of(FINANCIAL_AFFAIRS, MIIT, BANKING_INSURANCE))),
        Task.of("guilin.task.listing-reserve", "上市（挂牌）后备企业资源库", "listing reserve",
            "Build a reserve of enterprises for listing or quotation and cultivate listings by tiers, aimed at the"
                + " Beijing Stock Exchange, STAR Market, ChiNext and NEEQ (see the listing targets).",
            cite("五、（十）", "建立上市（挂牌）后备企业资源库"),
            LISTING),
        Task.of("guilin.task.chain-list", "产业链清单与补链招商", "chain list and chain-filling investment",
            "From the SRDI chain list, attract upstream and downstream firms to Guilin around weak links and key gaps.",
            cite("六、（十一）", "根据产业链清单，围绕薄弱环节和关键短板配套产业链上下游，吸引上下游企业在我市落地"),
            Responsibility.responsible(MIIT, INVESTMENT_PROMOTION)),
        Task.of("guilin.task.large-small-integration", "推动大中小企业融通发展", "large-small enterprise integration",
            "Encourage chain leaders to open their supply chains to SMEs, publish purchase plans, share product"
                + " standards and quality systems, and buy more from SMEs.",
            cite("六、（十二）", "鼓励链主企业向中小企业开放供应链"),
            Responsibility.responsible(MIIT, SCIENCE, COMMERCE)),
        Task.of("guilin.task.industry-academia-mechanism", "新型产学研项目支持机制", "industry-academia project mechanism",
            "Set up project support in which enterprises pose problems, universities solve them and the government"
                + " helps, and tackle key technologies of the leading industries' chains.",
            cite("七、（十三）", "建立“企业出题、院校解题、政府助题”的新型产学研项目支持机制"),
            INNOVATION),
        Task.of("guilin.task.technology-catalogues", "技术成果与研发需求目录", "technology and R&D-needs catalogues",
            "Collect a catalogue of transferable results from universities and research institutes and one of SRDI"
                + " SMEs' R&D needs, and match them by two-way open calls (揭榜).",
            cite("七、（十三）", "面向高校、科研院所等征集一批技术成果转移目录"),
            INNOVATION),
        Task.of("guilin.task.local-brands", "电商品牌与本地特色产品推广", "e-commerce brands and local products",
            "Build new e-commerce consumer brands on the national e-commerce demonstration bases and firms, and promote"
                + " local tourism products such as luo han guo and Guilin rice noodles.",
            cite("八、（十五）", "重点宣传推广罗汉果、桂林米粉等本地特色旅游配套产品"),
            Responsibility.responsible(MARKET_REGULATION, COMMERCE)),
        Task.of("guilin.task.talent-pipeline", "订单培养与实训基地", "courses, order-based training and training bases",
            "Survey SRDI SMEs' shortage skills regularly; city universities and vocational colleges open matching"
                + " courses, train to order and set up university-enterprise training bases.",
            cite("九、（十六）", "支持市属高校、职业院校围绕产业需求开设对应专业学科与课程"),
            TALENT),
        Task.of("guilin.task.manager-training", "经营管理人才培训", "manager training",
            "Organise training of SRDI SMEs' managers (see the yearly target).",
            cite("九、（十六）", "组织开展“专精特新”中小企业经营管理人才培训"),
            TALENT),
        Task.of("guilin.task.showcase-platforms", "搭建产品、技术展示平台", "product and technology showcases",
            "Build platforms where enterprises show their products and technology to domestic and foreign markets.",
            cite("十、（十八）", "为企业搭建产品、技术展示平台"),
            Responsibility.responsible(COMMERCE, MIIT)));
  }
}
