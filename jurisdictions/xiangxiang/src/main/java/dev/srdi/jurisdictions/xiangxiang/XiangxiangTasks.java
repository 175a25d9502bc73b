package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.aboveSize;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Task;
import java.util.List;

/**
 * The commitments of both plans that compute nothing for one enterprise, each with the units the text
 * names. Where a clause names no unit (plan one 二 and 四、（二）, plan two 一) the task has none, rather
 * than units borrowed from another clause.
 */
final class XiangxiangTasks {
  private XiangxiangTasks() {}

  static final List<Task> ALL = List.of(
      // Plan one: above-size enterprises.
      Task.of("xiangxiang.task.above-size.industrial-chains", "构建“3+3”现代产业链体系",
          "build the “3+3” modern industrial-chain system",
          "cultivate scale enterprises along the leading chains (green building materials and construction, electric power "
              + "and equipment, green food, modern trade and logistics) and the distinctive ones (new energy and materials, "
              + "culture, sports and tourism, electronic information); the text names no unit",
          aboveSize("二", "“3+3”现代产业链体系"), Responsibility.none()),
      Task.of("xiangxiang.task.above-size.project-pool", "建立重点产业项目“入规”库",
          "pool of key industrial projects heading for the above-size list",
          "project responsibility system, lists and ledgers of key projects, the “闯新路、破险阻、兴产业” contest; projects "
              + "completed, producing, on the market and in the statistics early (“四早”)",
          aboveSize("三、（一）", "建立重点产业项目“入规”库"), XiangxiangDepartments.PROJECT_POOL),
      Task.of("xiangxiang.task.above-size.market-entities", "大力培育市场主体", "cultivate market entities",
          "individual businesses into enterprises, micro into small; towns screen small and micro firms with large power "
              + "use or tax; build and track the “小升规” pool; guide firms at the scale onto the list",
          aboveSize("三、（二）", "建立“小升规”重点企业培育库"), XiangxiangDepartments.MARKET_ENTITIES),
      Task.of("xiangxiang.task.above-size.relief", "全力助企纾困", "help enterprises through difficulties",
          "monitor above-size firms, keep the at-risk pool, visit them, one-firm-one-policy help with labour, funds and land",
          aboveSize("三、（三）", "建立“退规风险企业库”"), XiangxiangDepartments.RELIEF),
      Task.of("xiangxiang.task.above-size.fiscal-support", "加大财税支持力度", "stronger fiscal and tax support",
          "integrate fiscal funds for new above-size and key-cultivation firms; follow their tax burden before and after "
              + "entry; encourage special financial products and more credit",
          aboveSize("三、（四）", "整合各类财政资金，对符合条件的新增规模以上企业和重点培育企业给予倾斜支持"),
          XiangxiangDepartments.FISCAL_SUPPORT),
      Task.of("xiangxiang.task.above-size.entry-training", "加强“入规”培训指导", "training and guidance for entry",
          "pool tax, market, finance and power data, screen firms that meet the entry conditions and urge them to declare; "
              + "train the finance, tax and statistics staff of key-cultivation firms",
          aboveSize("三、（五）", "为重点培育企业财务、办税、统计人员开展“入规”申报业务培训"), XiangxiangDepartments.ENTRY_TRAINING),
      Task.of("xiangxiang.task.above-size.organisation", "加强组织领导", "organisation and leadership",
          "a task force for the new above-size enterprise action; the zone and the towns set yearly targets for new and "
              + "net entries and their measures",
          aboveSize("四、（一）", "形成市级统筹，市科技工信局、市统计局牵头，相关部门协同配合的工作机制"),
          XiangxiangDepartments.ABOVE_SIZE_WORK),
      Task.of("xiangxiang.task.above-size.assessment", "严格督查考核", "supervision and assessment",
          "assessed in the “百十亿” project by net entries, new entries, target completion rate and the quality of entrants; "
              + "points for effective units, criticism for slow ones; the text names no unit",
          aboveSize("四、（二）", "聚焦净增数、新增数、目标完成率和“入规”企业质量等"), Responsibility.none()),

      // Plan two: SRDI cultivation.
      Task.of("xiangxiang.task.srdi.direction", "指导思想与发展方向", "guiding thought and direction",
          "specialised, refined, distinctive and innovative (专、精、特、新) development; the text names no unit",
          srdi("一、（二）", "突出“专”，引导中小企业专注核心业务"), Responsibility.none()),
      Task.of("xiangxiang.task.srdi.seed-pool", "培育创新型中小企业", "cultivate innovative SMEs",
          "build the pool of quality seed enterprises and the pool of innovative SMEs recommended from it",
          srdi("三、（一）1", "建立本地优质“种子企业”库"), XiangxiangDepartments.SEED_POOL),
      Task.of("xiangxiang.task.srdi.city-provincial-pools", "培育“专精特新”中小企业", "cultivate SRDI SMEs",
          "recognise Xiangtan-city-level SRDI SMEs every year, pool them, recommend the best for the provincial list and "
              + "for provincial single-champion products",
          srdi("三、（一）2", "建立湘潭市级“专精特新”中小企业库"), XiangxiangDepartments.INDUSTRY_WITH_FINANCE),
      Task.of("xiangxiang.task.srdi.national-pool", "培育国家级“专精特新”“小巨人”企业和单项冠军产品企业",
          "cultivate national little giants and single-champion product enterprises",
          "recommend the best provincial SRDI SMEs for the national little-giant list and pool them",
          srdi("三、（一）3", "建立国家级专精特新“小巨人”企业库"), XiangxiangDepartments.INDUSTRY_WITH_FINANCE),
      Task.of("xiangxiang.task.srdi.intellectual-property", "实施中小企业知识产权战略", "SME intellectual-property strategy",
          "the “破零倍增” action, an intellectual-property expert group, patents turned into standards",
          srdi("三、（二）4", "组建“专精特新”中小企业知识产权服务专家团"), XiangxiangDepartments.INTELLECTUAL_PROPERTY),
      Task.of("xiangxiang.task.srdi.technology-innovation", "支持企业技术创新", "support technological innovation",
          "joint research institutes with universities, engineering research centres and enterprise technology centres",
          srdi("三、（二）5", "联合组建新型研发机构"), XiangxiangDepartments.TECH_INNOVATION),
      Task.of("xiangxiang.task.srdi.technology-transfer", "推动科技成果转化", "technology transfer",
          "a supply-and-demand zone for technology, lists of results and needs, “揭榜挂帅”",
          srdi("三、（二）6", "建立“专精特新”中小企业科技创新供需专区"), XiangxiangDepartments.TECH_TRANSFER),
      Task.of("xiangxiang.task.srdi.quality-brand", "加强质量品牌建设", "quality and brands",
          "brand-capability action, quality benchmarks, standard “领跑者” and chief quality officers",
          srdi("三、（二）7", "推行企业标准“领跑者”和“首席质量官”制度"), XiangxiangDepartments.QUALITY_BRAND),
      Task.of("xiangxiang.task.srdi.digital-transformation", "推动数字化转型", "digital transformation",
          "diagnosis services and solutions from platforms and providers, deep cloud adoption and two-integration standards",
          srdi("三、（三）8", "提供数字化转型评价诊断服务和解决方案"), XiangxiangDepartments.INDUSTRY_WITH_FINANCE),
      Task.of("xiangxiang.task.srdi.demonstration", "打造试点示范", "pilots and demonstrations",
          "take part in the province's “三化” pilots, publish typical cases and application scenes",
          srdi("三、（三）9", "支持“专精特新”中小企业参与全省中小企业“三化”试点示范"), XiangxiangDepartments.INDUSTRY_WITH_FINANCE),
      Task.of("xiangxiang.task.srdi.credit", "加大信贷支持", "more credit",
          "share the SRDI list with banks, exclusive credit products at preferential rates, first-loan and renewal centres, "
              + "promote the named loan products",
          srdi("三、（四）10", "建立“专精特新”中小企业名单推送共享机制"), XiangxiangDepartments.CREDIT),
      Task.of("xiangxiang.task.srdi.equity", "加强股权融资支持", "equity financing",
          "shareholding reform, listing; industrial funds look first at SRDI SMEs with more tolerance of risk",
          srdi("三、（四）11", "支持和引导“专精特新”中小企业股改、挂牌、上市"), XiangxiangDepartments.EQUITY),
      Task.of("xiangxiang.task.srdi.talent-training", "大力培养人才", "train talent",
          "vocational schools with SRDI SMEs, training bases, skills contests, the SRDI talent training plan",
          srdi("三、（五）12", "实施“专精特新”中小企业人才培训计划"), XiangxiangDepartments.TALENT_TRAINING),
      Task.of("xiangxiang.task.srdi.talent-recruitment", "积极引进人才", "recruit talent",
          "bring in high-level talent, recommend talent to SRDI SMEs, regular job fairs with universities and schools",
          srdi("三、（五）13", "定期举办“专精特新”中小企业人才招聘会"), XiangxiangDepartments.TALENT_RECRUITMENT),
      Task.of("xiangxiang.task.srdi.service-platforms", "加快综合类公共服务平台建设", "public service platforms",
          "point-to-point services for SRDI SMEs; a yearly service subsidy to quality service agencies for low-fee and "
              + "public-interest services, paid to the agencies and in amounts the text does not set",
          srdi("三、（六）14", "每年对优质服务机构开展的低收费和公益性服务给予服务业务补助"),
          XiangxiangDepartments.INDUSTRY_WITH_FINANCE),
      Task.of("xiangxiang.task.srdi.expert-service", "深化专家指导服务", "expert guidance",
          "an expert service group gives SRDI SMEs management consulting and diagnosis, bought or voluntary",
          srdi("三、（六）15", "推动建立专家服务团"), XiangxiangDepartments.INDUSTRY_WITH_FINANCE),
      Task.of("xiangxiang.task.srdi.organisation", "加强组织领导", "organisation and leadership",
          "the leading group for SME development organises the plan; member units set up coordination",
          srdi("四、（一）", "由市促进中小企业发展工作领导小组统一组织领导"), XiangxiangDepartments.ORGANISATION_LEADERSHIP),
      Task.of("xiangxiang.task.srdi.policy-guarantee", "强化政策保障", "policy guarantee",
          "help firms win higher-level funds and projects; pay out central and provincial awards on time",
          srdi("四、（二）", "及时拨付中央、省级奖补资金"), XiangxiangDepartments.POLICY_GUARANTEE),
      Task.of("xiangxiang.task.srdi.performance-assessment", "抓实督促考核", "supervision and assessment",
          "the work's completion counts in the city's “百十亿” performance assessment; the monthly report, monthly analysis "
              + "and quarterly assessment are recurring duties",
          srdi("四、（三）", "工作完成情况纳入全市产业强市“百十亿”工程绩效考核"), XiangxiangDepartments.SUPERVISION),
      Task.of("xiangxiang.task.srdi.publicity", "加大宣传力度", "publicity",
          "publicise the policies, spread good practice, choose typical examples",
          srdi("四、（四）", "加大培育“专精特新”中小企业政策措施宣传力度"), XiangxiangDepartments.PUBLICITY_WORK));
}
