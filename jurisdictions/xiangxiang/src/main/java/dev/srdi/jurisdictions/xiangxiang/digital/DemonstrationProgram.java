package dev.srdi.jurisdictions.xiangxiang.digital;

import dev.srdi.core.ladder.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The programmes 三、9 names, as the stable ids a scenario writes in an achievement's {@code program}:
 * four provincial ones (30,000 each) and the national ones (50,000 each). A programme the clause does
 * not name, or one at the other level, earns nothing.
 */
public enum DemonstrationProgram {
  TWO_INTEGRATION_BENCHMARK(Level.PROVINCIAL, "省级两化融合贯标标杆企业"),
  MOBILE_INTERNET_KEY_ENTERPRISE(Level.PROVINCIAL, "省级移动互联网重点企业"),
  ELECTRONIC_INFORMATION_KEY_ENTERPRISE(Level.PROVINCIAL, "省级电子信息重点企业"),
  INDUSTRIAL_INTERNET_PLATFORM(Level.PROVINCIAL, "省级工业互联网平台"),
  SMART_PV(Level.NATIONAL, "国家级智能光伏试点示范"),
  SMART_HEALTH_ELDERLY_CARE(Level.NATIONAL, "国家级智慧健康养老应用试点示范"),
  LITHIUM_BATTERY_STANDARD_LIST(Level.NATIONAL, "锂离子电池行业规范企业名录"),
  IT_MANUFACTURING_INTEGRATION(Level.NATIONAL, "新一代信息技术与制造业融合发展试点示范"),
  INDUSTRIAL_INTERNET(Level.NATIONAL, "工业互联网试点示范"),
  FIVE_G_APPLICATION(Level.NATIONAL, "5G应用试点示范"),
  NETWORK_DATA_SECURITY(Level.NATIONAL, "网络安全和数据安全试点示范"),
  CROSS_DOMAIN_INDUSTRIAL_INTERNET_PLATFORM(Level.NATIONAL, "跨行业跨领域工业互联网平台"),
  CHARACTERISTIC_INDUSTRIAL_INTERNET_PLATFORM(Level.NATIONAL, "特色型工业互联网平台"),
  PROFESSIONAL_INDUSTRIAL_INTERNET_PLATFORM(Level.NATIONAL, "专业型工业互联网平台");

  /** Looked up for every demonstration of every enterprise: once, by id. */
  private static final Map<String, DemonstrationProgram> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, p -> p));

  private final Level level;
  private final String nameZh;

  DemonstrationProgram(Level level, String nameZh) {
    this.level = level;
    this.nameZh = nameZh;
  }

  public Level level() {
    return level;
  }

  public String nameZh() {
    return nameZh;
  }

  public static Optional<DemonstrationProgram> byId(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(BY_ID.get(id));
  }

  public static List<DemonstrationProgram> at(Level level) {
    return Arrays.stream(values()).filter(p -> p.level == level).toList();
  }

  /** Every programme id, for scenarios and for the test kit's generator. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
