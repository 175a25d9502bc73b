package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.responsibility.Department;
import java.util.List;

/**
 * Every government body the document names, as it names it. The responsible-unit names are the ids
 * the measures and tasks use; the addressees and the bodies behind cited rules are listed too, so
 * that the responsibility matrix and the glossary cover the whole text.
 */
public final class ZhanjiangDepartments {
  public static final String MIIT_BUREAU = "市工业和信息化局";
  public static final String COUNTIES = "各县（市、区）人民政府（管委会）";
  public static final String SCIENCE = "市科技局";
  public static final String COMMERCE = "市商务局";
  public static final String FINANCE = "市财政局";
  public static final String FINANCIAL_AFFAIRS = "市金融局";
  public static final String PBOC = "人民银行湛江市中心支行";
  public static final String HUMAN_RESOURCES = "市人力资源社会保障局";
  public static final String NATURAL_RESOURCES = "市自然资源局";
  public static final String HOUSING = "市住房城乡建设局";
  public static final String LEADING_GROUP = "湛江市促进中小企业专项发展领导小组";
  public static final String PARK_COMMITTEES = "各园区管委会";
  public static final String CITY_GOVERNMENT = "市人民政府";
  public static final String DEVELOPMENT_ZONE = "湛江经济技术开发区管委会";
  public static final String FENYONG_ZONE = "湛江奋勇高新区管委会";
  public static final String MIIT = "工业和信息化部";
  public static final String PROVINCIAL_MIIT = "广东省工业和信息化厅";

  private ZhanjiangDepartments() {}

  public static List<Department> all() {
    return List.of(
        Department.of(MIIT_BUREAU, "Zhanjiang Municipal Bureau of Industry and Information Technology"),
        Department.of(COUNTIES, "People's governments of the counties, county-level cities and districts (and zone management committees)"),
        Department.of(SCIENCE, "Zhanjiang Municipal Science and Technology Bureau"),
        Department.of(COMMERCE, "Zhanjiang Municipal Bureau of Commerce"),
        Department.of(FINANCE, "Zhanjiang Municipal Finance Bureau"),
        Department.of(FINANCIAL_AFFAIRS, "Zhanjiang Municipal Financial Work Bureau"),
        Department.of(PBOC, "People's Bank of China, Zhanjiang Central Sub-branch"),
        Department.of(HUMAN_RESOURCES, "Zhanjiang Municipal Human Resources and Social Security Bureau"),
        Department.of(NATURAL_RESOURCES, "Zhanjiang Municipal Natural Resources Bureau"),
        Department.of(HOUSING, "Zhanjiang Municipal Housing and Urban-Rural Development Bureau"),
        Department.of(LEADING_GROUP, "Zhanjiang Leading Group for Promoting SME Development"),
        Department.of(PARK_COMMITTEES, "Management committees of the industrial parks"),
        Department.of(CITY_GOVERNMENT, "Zhanjiang Municipal People's Government"),
        Department.of(DEVELOPMENT_ZONE, "Management Committee of the Zhanjiang Economic and Technological Development Zone"),
        Department.of(FENYONG_ZONE, "Management Committee of the Zhanjiang Fenyong High-tech Zone"),
        Department.of(MIIT, "Ministry of Industry and Information Technology"),
        Department.of(PROVINCIAL_MIIT, "Department of Industry and Information Technology of Guangdong Province"));
  }
}
