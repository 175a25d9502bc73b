package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.COMMERCE;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.COUNTIES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.FINANCE;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.FINANCIAL_AFFAIRS;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.HOUSING;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.HUMAN_RESOURCES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.MIIT_BUREAU;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.NATURAL_RESOURCES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.PBOC;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.SCIENCE;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments.cite;

import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Task;
import java.util.List;

/**
 * The plan's commitments that compute nothing for one enterprise: the seven key tasks of 二 (each split
 * into what it commits to), the parts of 三 that are intentions rather than entitlements, and the
 * safeguards of 四. Every task carries the responsible units of its clause (责任单位; the plan names no
 * lead units).
 */
public final class ZhanjiangTasks {
  private static final Responsibility TIERED = Responsibility.responsible(MIIT_BUREAU, COUNTIES);
  private static final Responsibility INNOVATION = Responsibility.responsible(MIIT_BUREAU, SCIENCE);
  private static final Responsibility MARKETS = Responsibility.responsible(MIIT_BUREAU, COMMERCE, FINANCE);
  private static final Responsibility DIGITAL = Responsibility.responsible(MIIT_BUREAU);
  private static final Responsibility FINANCING = Responsibility.responsible(FINANCIAL_AFFAIRS, FINANCE, MIIT_BUREAU, PBOC);
  private static final Responsibility ECOSYSTEM = Responsibility.responsible(MIIT_BUREAU, HUMAN_RESOURCES);
  private static final Responsibility REVENUE = Responsibility.responsible(MIIT_BUREAU, HUMAN_RESOURCES);
  private static final Responsibility TALENT = Responsibility.responsible(MIIT_BUREAU, HUMAN_RESOURCES);
  private static final Responsibility LAND = Responsibility.responsible(COUNTIES, NATURAL_RESOURCES, MIIT_BUREAU, HOUSING);
  private static final Responsibility MIIT_ONLY = Responsibility.responsible(MIIT_BUREAU);
  private static final Responsibility MIIT_AND_FINANCE = Responsibility.responsible(MIIT_BUREAU, FINANCE);

  private ZhanjiangTasks() {}

  public static List<Task> all() {
    return List.of(
        // 二、（一） 推进梯度培育
        Task.of("zhanjiang.task.tiered-cultivation", "推进梯度培育", "tiered cultivation",
            "Design the cultivation from the top and form a ladder: cultivate provincial innovative SMEs, provincial SRDI "
                + "SMEs and national little giants as the city's leaders.",
            cite("二、（一）", "形成梯队培育格局,着力培育一批省级创新型中小企业、省级“专精特新”中小企业、国家级专精特新“小巨人”企业"),
            TIERED),
        Task.of("zhanjiang.task.cultivation-pool", "建立全市优质企业培育库", "city cultivation pool built on high-tech enterprises",
            "Build the city's quality-enterprise cultivation pool on the high-tech enterprises and recommend its members "
                + "first for the SRDI titles (the benefit zhanjiang.cultivation-pool.priority-recommendation).",
            cite("二、（一）", "以高新技术企业为基础建立全市优质企业培育库"), TIERED),
        // 二、（二） 推进技术创新
        Task.of("zhanjiang.task.technology-innovation", "推进技术创新", "technological innovation",
            "Support quality SMEs in new technologies and processes, R&D equipment and software, industry–university "
                + "research cooperation, core-technology breakthroughs and the industrial use of results.",
            cite("二、（二）", "支持优质中小企业购置研发设备、软件,与高校、科研院所创新产学研合作方式"), INNOVATION),
        Task.of("zhanjiang.task.rd-centres", "申报各级工程技术研究中心", "engineering technology research centres",
            "Support quality SMEs of every level in raising innovation investment and applying for engineering technology "
                + "research centres at every level.",
            cite("二、（二）", "支持各级优质中小企业加大创新投入,申报各级工程技术研究中心"), INNOVATION),
        Task.of("zhanjiang.task.srdi-industry-colleges", "专精特新产业学院", "SRDI industry colleges",
            "Support SRDI firms in applying jointly with universities for SRDI industry colleges.",
            cite("二、（二）", "支持专精特新企业与高校联合申报专精特新产业学院"), INNOVATION),
        // 二、（三） 推进市场开拓
        Task.of("zhanjiang.task.chain-leaders", "链主企业开放要素资源", "chain leaders open resources to quality SMEs",
            "Combine the cultivation with strengthening industrial chains; encourage chain-leader firms to open markets, "
                + "innovation, capital and data to quality SMEs.",
            cite("二、（三）", "鼓励“链主”企业向优质中小企业开放市场、创新、资金、数据等要素资源"), MARKETS),
        Task.of("zhanjiang.task.new-product-launches", "专精特新新品发布会", "SRDI new-product launches",
            "Support SRDI SMEs in opening markets at home and abroad; hold SRDI new-product launches regularly.",
            cite("二、（三）", "定期组织召开专精特新新品发布会"), MARKETS),
        Task.of("zhanjiang.task.trade-fairs", "支持参加国内、国际展会", "trade-fair support (CISMEF, APEC SME events)",
            "Arrange public funds for firms to attend the China International SME Fair (CISMEF), the APEC SME technology "
                + "exchange and other domestic and international fairs.",
            cite("二、（三）", "安排财政资金支持企业参加中国国际中小企业博览会、APEC(亚太经济合作组织)中小企业技术交流会等国内、国际展会"),
            MARKETS),
        Task.of("zhanjiang.task.first-purchase", "首购、订购、推广应用", "first purchase, ordering and promotion of innovative products",
            "Use first purchase, ordering and promotion to help quality SMEs develop innovative products.",
            cite("二、（三）", "综合运用首购、订购、推广应用等方式,促进优质中小企业开发创新产品"), MARKETS),
        // 二、（四） 推进数字赋能
        Task.of("zhanjiang.task.enablement-platforms", "遴选数字化赋能服务平台", "digital enablement platforms",
            "Select intelligent and digital enablement service platforms or institutions to support the city's SMEs.",
            cite("二、（四）", "遴选一批智能化数字化赋能服务平台或机构"), DIGITAL),
        Task.of("zhanjiang.task.smart-factories", "智能工厂、智能车间", "digital upgrades, smart factories and workshops",
            "Encourage digital solutions across production, quality, operations, brands, cloud design, customisation and "
                + "supply chains; support SRDI SMEs' digital upgrades, smart factories and smart workshops.",
            cite("二、（四）", "支持专精特新中小企业实施数字化技术改造,建设智能工厂、智能车间"), DIGITAL),
        Task.of("zhanjiang.task.supply-chain-digitalisation", "供应链智能化数字化赋能", "supply-chain digital enablement",
            "Rely on large backbone enterprises for supply-chain digital enablement; use blockchain and other technologies "
                + "to lift up- and downstream SMEs and promote SME–large-firm co-innovation.",
            cite("二、（四）", "依托大型骨干企业推进供应链智能化数字化赋能工作"), DIGITAL),
        // 二、（五） 推进融资提速
        Task.of("zhanjiang.task.listing-services", "“多对一”上市培育服务", "listing cultivation services",
            "Support SRDI SMEs in direct financing and listing (Beijing Stock Exchange); cooperate with exchanges, the NEEQ "
                + "South China base and the Guangdong Equity Exchange on many-to-one listing services for eligible firms.",
            cite("二、（五）", "针对符合条件企业开展“多对一”上市培育服务"), FINANCING),
        Task.of("zhanjiang.task.investment-roadshows", "投资对接及项目路演", "investment matchmaking and roadshows",
            "Organise financial and equity investment institutions for SRDI SMEs' investment matchmaking and roadshows; "
                + "use the government industrial guidance fund to draw social capital into SRDI equity.",
            cite("二、（五）", "组织金融机构、股权投资机构等参与专精特新中小企业投资对接及项目路演"), FINANCING),
        Task.of("zhanjiang.task.credit-channels", "拓宽信贷融资渠道", "credit channels and bank products for SRDI SMEs",
            "Widen SRDI SMEs' credit channels through the credit-information and financing platforms; promote batch "
                + "financing and encourage banks to design exclusive products.",
            cite("二、（五）", "推广专精特新中小企业批量融资服务,鼓励银行为专精特新中小企业设立专属产品"), FINANCING),
        // 二、（六） 推进生态优化
        Task.of("zhanjiang.task.service-centres", "中小企业服务中心、服务站", "SME service centres and stations",
            "Build SME service centres in every county and service stations at town public-service platforms and park "
                + "committees; provide quality firms with public services (innovation, talent, results, digital upgrades, IP).",
            cite("二、（六）", "建立健全各县(市、区)中小企业服务中心,依托镇(街)公共服务平台、园区管委会设立中小企业服务站"),
            ECOSYSTEM),
        Task.of("zhanjiang.task.city-leader-contacts", "市领导挂点企业", "city leaders' contact enterprises",
            "Put quality firms first among the city leaders' contact enterprises; explain policies and solve difficulties "
                + "through the city's SME public service platform (the benefit zhanjiang.ecosystem.city-leader-contact).",
            cite("二、（六）", "优质企业优先纳入市领导挂点企业"), ECOSYSTEM),
        Task.of("zhanjiang.task.liaison-officers", "政企联络员", "government–enterprise liaison officers",
            "Train liaison officers for quality SMEs as a standing channel between firms and government (the benefit "
                + "zhanjiang.ecosystem.liaison-officer).",
            cite("二、（六）", "为优质中小企业培育一批政企联络员"), ECOSYSTEM),
        Task.of("zhanjiang.task.professional-titles", "专业技术人员申报职称", "professional titles for SRDI staff",
            "Support qualified technical staff of provincial SRDI SMEs in applying for professional titles (the benefit "
                + "zhanjiang.ecosystem.professional-titles).",
            cite("二、（六）", "支持省级专精特新中小企业中符合条件的专业技术人员申报职称"), ECOSYSTEM),
        // 二、（七） 推进营收倍增
        Task.of("zhanjiang.task.revenue-doubling", "推进营收倍增", "revenue doubling",
            "Lift competitiveness through innovation, upgrades, mergers, service-oriented manufacturing, chain integration "
                + "and capital operations; cultivate SRDI leading talent; strive for a batch of provincial-or-above SRDI SMEs "
                + "to double revenue in 3 to 5 years (the target zhanjiang.target.revenue-doubling).",
            cite("二、（七）", "培育专精特新中小企业领军人才"), REVENUE),
        // 三: the intentions among the support measures
        Task.of("zhanjiang.task.tier-award-administration", "企业认定支持", "administering the tier awards",
            "Pay the tier awards of 三、（一） (the measures zhanjiang.tier-award.*).",
            cite("三、（一）", "企业认定支持"), MIIT_AND_FINANCE),
        Task.of("zhanjiang.task.equity-financing-action", "专精特新企业股权融资对接专项行动", "SRDI equity-financing matchmaking action",
            "Guide banks to exclusive financing services, use credit risk compensation projects and run a special "
                + "equity-financing matchmaking action for SRDI firms.",
            cite("三、（三）", "开展专精特新企业股权融资对接专项行动"), Responsibility.responsible(FINANCIAL_AFFAIRS, MIIT_BUREAU)),
        Task.of("zhanjiang.task.talent-nomination-quotas", "“揭榜挂帅”或自主举荐名额", "talent nomination quotas (exploratory)",
            "Explore granting, selectively, quotas for urgently needed high-level talent (揭榜挂帅 or self-nomination) to "
                + "SRDI firms undertaking national or provincial major projects; no fact of a scenario shows such projects, "
                + "and the text only promises to explore, so it is a task, not an entitlement.",
            cite("三、（四）", "探索择优赋予急需紧缺高层次人才“揭榜挂帅”或自主举荐名额"), TALENT),
        Task.of("zhanjiang.task.new-yue-merchants-training", "“新粤商”培训工程", "multi-level training and the New Guangdong Merchants programme",
            "Build a multi-level talent training system and run the New Guangdong Merchants (新粤商) training programme.",
            cite("三、（四）", "建立多层次人才培训体系,实施“新粤商”培训工程"), TALENT),
        Task.of("zhanjiang.task.digital-clusters", "产业集群数字化转型", "digital industrial clusters",
            "Guide SRDI SMEs towards digital industrial clusters and cluster-wide digital transformation, with digital "
                + "enablement of quality management.",
            cite("三、（五）", "鼓励专精特新中小企业开展产业集群数字化转型"), MIIT_ONLY),
        Task.of("zhanjiang.task.small-industrial-plots", "中小工业地块“带方案”供应", "small industrial plots supplied with plans",
            "Plan, divide and supply small industrial plots for SRDI SMEs; counties and park committees prepare design and "
                + "construction drawings so that plots are auctioned with plans (带方案招拍挂).",
            cite("三、（六）", "专门针对专精特新中小企业需求规划切分并供应一批中小工业地块"), LAND),
        // 四 保障措施
        Task.of("zhanjiang.task.coordination", "加强组织协调", "organisation and coordination",
            "Use the city's leading group for SME development to coordinate major issues and complete the support policy; "
                + "each county sets up an SRDI cultivation mechanism with clear goals.",
            cite("四、（一）", "充分发挥湛江市促进中小企业专项发展领导小组作用"), MIIT_ONLY),
        Task.of("zhanjiang.task.county-mechanisms", "县（市区）专精特新培育工作机制", "county SRDI cultivation mechanisms",
            "Every county (city, district) sets up an SRDI cultivation mechanism, sets goals and mobilises departments, "
                + "service institutions and firms.",
            cite("四、（一）", "各县(市区)要建立专精特新中小企业培育工作机制"), MIIT_ONLY),
        Task.of("zhanjiang.task.funding", "加强资金支持", "funding",
            "Every year arrange money from the city SME development special fund for SRDI SMEs; counties with the means "
                + "add matching funds; fund policy coaching, talent training and government–enterprise communication.",
            cite("四、（二）", "鼓励有条件的县(市、区)给予配套资金支持"), MIIT_AND_FINANCE),
        Task.of("zhanjiang.task.publicity", "加强典型宣传", "publicity of exemplary cases",
            "Coordinate city-level-or-above official media to promote typical cases and publicise SRDI SMEs' innovation "
                + "and contributions.",
            cite("四、（三）", "加强典型案例推广,重点宣传专精特新中小企业的创新精神和突出贡献"), MIIT_ONLY));
  }
}
