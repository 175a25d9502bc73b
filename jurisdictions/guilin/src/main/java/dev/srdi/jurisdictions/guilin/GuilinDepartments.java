package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.responsibility.Department;
import java.util.List;

/**
 * Every unit the document names, as it names them (the text is the id), with an English name. Most
 * clauses list 责任单位; clause (五) says 责任部门, which is read the same way. No clause names a 牵头单位
 * in its list, but (十) says the listing office is set up "由市金融办牵头".
 */
public final class GuilinDepartments {
  public static final String MIIT = "市工业和信息化局";
  public static final String FINANCE = "市财政局";
  public static final String HIGH_TECH_ZONE = "高新区管委会";
  public static final String DEVELOPMENT_ZONE = "经济技术开发区管委会";
  public static final String HIGH_SPEED_RAIL_PARK = "高铁（桂林）广西园管委会";
  public static final String COUNTIES = "各县（市、区）人民政府";
  public static final String COUNTY_MIIT = "各县（市、区）工信部门";
  public static final String DEVELOPMENT_REFORM = "市发展改革委";
  public static final String URBAN_MANAGEMENT = "市城管委";
  public static final String POWER_SUPPLY = "广西电网桂林供电局";
  public static final String TRANSPORT = "市交通运输局";
  public static final String COMMERCE = "市商务局";
  public static final String SCIENCE = "市科技局";
  public static final String FINANCIAL_AFFAIRS = "市金融办";
  public static final String PBOC = "人民银行桂林市中心支行";
  public static final String BANKING_INSURANCE = "桂林银保监分局";
  public static final String INVESTMENT_PROMOTION = "市投资促进局";
  public static final String EDUCATION = "市教育局";
  public static final String MARKET_REGULATION = "市市场监管局";
  public static final String HUMAN_RESOURCES = "市人力资源社会保障局";
  public static final String TALENT_OFFICE = "市委人才办";
  public static final String TAXATION = "市税务局";

  private GuilinDepartments() {}

  static List<Department> all() {
    return List.of(
        Department.of(MIIT, "Guilin Municipal Bureau of Industry and Information Technology"),
        Department.of(FINANCE, "Guilin Municipal Finance Bureau"),
        Department.of(HIGH_TECH_ZONE, "Administrative Committee of the Guilin High-tech Zone"),
        Department.of(DEVELOPMENT_ZONE, "Administrative Committee of the Guilin Economic and Technological Development Zone"),
        Department.of(HIGH_SPEED_RAIL_PARK, "Administrative Committee of the High-speed Rail (Guilin) Guangxi Park"),
        Department.of(COUNTIES, "People's governments of the counties, county-level cities and districts"),
        Department.of(COUNTY_MIIT, "Industry and information technology departments of the counties, cities and districts"),
        Department.of(DEVELOPMENT_REFORM, "Guilin Municipal Development and Reform Commission"),
        Department.of(URBAN_MANAGEMENT, "Guilin Municipal Urban Management Committee"),
        Department.of(POWER_SUPPLY, "Guilin Power Supply Bureau of Guangxi Power Grid"),
        Department.of(TRANSPORT, "Guilin Municipal Transport Bureau"),
        Department.of(COMMERCE, "Guilin Municipal Bureau of Commerce"),
        Department.of(SCIENCE, "Guilin Municipal Bureau of Science and Technology"),
        Department.of(FINANCIAL_AFFAIRS, "Guilin Municipal Financial Affairs Office"),
        Department.of(PBOC, "Guilin Central Sub-branch of the People's Bank of China"),
        Department.of(BANKING_INSURANCE, "Guilin Branch of the China Banking and Insurance Regulatory Commission"),
        Department.of(INVESTMENT_PROMOTION, "Guilin Municipal Investment Promotion Bureau"),
        Department.of(EDUCATION, "Guilin Municipal Education Bureau"),
        Department.of(MARKET_REGULATION, "Guilin Municipal Administration for Market Regulation"),
        Department.of(HUMAN_RESOURCES, "Guilin Municipal Human Resources and Social Security Bureau"),
        Department.of(TALENT_OFFICE, "Talent Work Office of the CPC Guilin Municipal Committee"),
        Department.of(TAXATION, "Guilin Municipal Taxation Bureau"));
  }
}
