package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;

/**
 * The units the notice names, spelled as it spells them, and the lead (牵头单位) and responsible units
 * (责任单位) of each clause, always kept apart. The text writes the same body two ways in places
 * (市发展改革局 / 市发展改革委, 人民银行湘乡支行 / 人民银行湘乡市支行). Each clause keeps the spelling it uses,
 * and the department declares the other as {@code alsoWrittenAs}, so that the responsibility matrix shows
 * each body once: a county-level city has a 发展和改革局 (the 委 is its prefecture-level name), and its
 * People's Bank branch is one branch whichever way the text writes it.
 */
public final class XiangxiangDepartments {
  public static final String DEVELOPMENT_REFORM_BUREAU = "市发展改革局";
  public static final String DEVELOPMENT_REFORM_COMMISSION = "市发展改革委";
  public static final String SCIENCE_INDUSTRY_IT = "市科技工信局";
  public static final String COMMERCE = "市商务局";
  public static final String HOUSING_CONSTRUCTION = "市住房城乡建设局";
  public static final String ZONE = "经开区管委会";
  public static final String TOWNS = "各乡镇（街道）";
  public static final String STATISTICS = "市统计局";
  public static final String MARKET_REGULATION = "市市场监管局";
  public static final String TAXATION = "市税务局";
  public static final String ADMINISTRATIVE_APPROVAL = "市行政审批局";
  public static final String TRANSPORT = "市交通运输局";
  public static final String NATURAL_RESOURCES = "市自然资源局";
  public static final String HUMAN_RESOURCES = "市人力资源社会保障局";
  public static final String FINANCIAL_AFFAIRS = "市政府金融办";
  public static final String PBOC_BRANCH = "人民银行湘乡支行";
  public static final String PBOC_CITY_BRANCH = "人民银行湘乡市支行";
  public static final String FINANCE = "市财政局";
  public static final String EDUCATION = "市教育局";
  public static final String ORGANISATION = "市委组织部";
  public static final String PUBLICITY = "市委宣传部";
  public static final String SME_GROUP_MEMBERS = "市促进中小企业发展工作领导小组各成员单位";
  public static final String CITY_UNITS = "市直各相关单位";

  static final List<Department> ALL = List.of(
      Department.of(DEVELOPMENT_REFORM_BUREAU, "Development and Reform Bureau")
          .alsoWrittenAs(DEVELOPMENT_REFORM_COMMISSION),
      Department.of(SCIENCE_INDUSTRY_IT, "Bureau of Science, Technology, Industry and Information Technology"),
      Department.of(COMMERCE, "Commerce Bureau"),
      Department.of(HOUSING_CONSTRUCTION, "Housing and Urban-Rural Development Bureau"),
      Department.of(ZONE, "Economic Development Zone Management Committee"),
      Department.of(TOWNS, "township governments and sub-district offices"),
      Department.of(STATISTICS, "Statistics Bureau"),
      Department.of(MARKET_REGULATION, "Market Regulation Bureau"),
      Department.of(TAXATION, "Taxation Bureau"),
      Department.of(ADMINISTRATIVE_APPROVAL, "Administrative Approval Bureau"),
      Department.of(TRANSPORT, "Transport Bureau"),
      Department.of(NATURAL_RESOURCES, "Natural Resources Bureau"),
      Department.of(HUMAN_RESOURCES, "Human Resources and Social Security Bureau"),
      Department.of(FINANCIAL_AFFAIRS, "Financial Affairs Office of the City Government"),
      Department.of(PBOC_BRANCH, "People's Bank of China, Xiangxiang Branch").alsoWrittenAs(PBOC_CITY_BRANCH),
      Department.of(FINANCE, "Finance Bureau"),
      Department.of(EDUCATION, "Education Bureau"),
      Department.of(ORGANISATION, "Organisation Department of the City Party Committee"),
      Department.of(PUBLICITY, "Publicity Department of the City Party Committee"),
      Department.of(SME_GROUP_MEMBERS, "member units of the leading group for SME development"),
      Department.of(CITY_UNITS, "relevant city-level units"));

  // Plan one (above-size enterprises), 三、（一）–（五） and 四、（一）.
  public static final Responsibility PROJECT_POOL = Responsibility.ledBy(List.of(DEVELOPMENT_REFORM_BUREAU),
      List.of(SCIENCE_INDUSTRY_IT, COMMERCE, HOUSING_CONSTRUCTION, ZONE, TOWNS));
  public static final Responsibility MARKET_ENTITIES = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT),
      List.of(STATISTICS, MARKET_REGULATION, TAXATION, ZONE, TOWNS));
  public static final Responsibility RELIEF = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT),
      List.of(DEVELOPMENT_REFORM_COMMISSION, ADMINISTRATIVE_APPROVAL, TRANSPORT, NATURAL_RESOURCES, HUMAN_RESOURCES,
          TAXATION, FINANCIAL_AFFAIRS, PBOC_BRANCH, ZONE, TOWNS));
  public static final Responsibility FISCAL_SUPPORT = Responsibility.ledBy(List.of(FINANCE),
      List.of(DEVELOPMENT_REFORM_COMMISSION, SCIENCE_INDUSTRY_IT, FINANCIAL_AFFAIRS, TAXATION, PBOC_BRANCH, ZONE, TOWNS));
  public static final Responsibility ENTRY_TRAINING = Responsibility.ledBy(List.of(STATISTICS),
      List.of(SCIENCE_INDUSTRY_IT, MARKET_REGULATION, TAXATION, ZONE, TOWNS));
  /** 四、（一）: "市科技工信局、市统计局牵头", the zone and the towns set the yearly targets. */
  public static final Responsibility ABOVE_SIZE_WORK = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT, STATISTICS),
      List.of(ZONE, TOWNS));

  // Plan two (SRDI), 三、1–15 and 四、（一）–（四）.
  public static final Responsibility SEED_POOL = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT), List.of(ZONE, TOWNS));
  /** 三、2, 三、3, 三、8, 三、9, 三、14 and 三、15 name the same units. */
  public static final Responsibility INDUSTRY_WITH_FINANCE = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT),
      List.of(FINANCE, ZONE, TOWNS));
  public static final Responsibility INTELLECTUAL_PROPERTY = Responsibility.ledBy(List.of(MARKET_REGULATION),
      List.of(FINANCE, SCIENCE_INDUSTRY_IT, ZONE, TOWNS));
  public static final Responsibility TECH_INNOVATION = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT),
      List.of(DEVELOPMENT_REFORM_BUREAU, FINANCE));
  public static final Responsibility TECH_TRANSFER = Responsibility.ledBy(List.of(SCIENCE_INDUSTRY_IT),
      List.of(EDUCATION, ZONE, TOWNS));
  public static final Responsibility QUALITY_BRAND = Responsibility.ledBy(List.of(MARKET_REGULATION),
      List.of(SCIENCE_INDUSTRY_IT, FINANCE, ZONE, TOWNS));
  public static final Responsibility CREDIT = Responsibility.ledBy(List.of(FINANCIAL_AFFAIRS),
      List.of(SCIENCE_INDUSTRY_IT, DEVELOPMENT_REFORM_COMMISSION, HUMAN_RESOURCES, MARKET_REGULATION, PBOC_CITY_BRANCH,
          ZONE, TOWNS));
  public static final Responsibility EQUITY = Responsibility.ledBy(List.of(FINANCIAL_AFFAIRS),
      List.of(SCIENCE_INDUSTRY_IT, ZONE, TOWNS));
  public static final Responsibility TALENT_TRAINING = Responsibility.ledBy(List.of(EDUCATION),
      List.of(HUMAN_RESOURCES, SCIENCE_INDUSTRY_IT, ZONE, TOWNS));
  public static final Responsibility TALENT_RECRUITMENT = Responsibility.ledBy(List.of(ORGANISATION),
      List.of(HUMAN_RESOURCES, EDUCATION, SCIENCE_INDUSTRY_IT, ZONE, TOWNS));
  public static final Responsibility ORGANISATION_LEADERSHIP = Responsibility.responsible(SME_GROUP_MEMBERS, ZONE, TOWNS);
  public static final Responsibility POLICY_GUARANTEE = Responsibility.responsible(SCIENCE_INDUSTRY_IT, FINANCE, ZONE, TOWNS);
  public static final Responsibility SUPERVISION = Responsibility.responsible(CITY_UNITS, ZONE, TOWNS);
  /** "市科技工信局要对…实行月分析、季考核": the bureau alone. */
  public static final Responsibility ANALYSIS = Responsibility.responsible(SCIENCE_INDUSTRY_IT);
  public static final Responsibility PUBLICITY_WORK = Responsibility.responsible(PUBLICITY, SCIENCE_INDUSTRY_IT, ZONE, TOWNS);

  private XiangxiangDepartments() {}
}
