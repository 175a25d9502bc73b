package dev.srdi.core.ladder;

/**
 * Who grants a recognition, lowest first. Guangxi is an autonomous region, so its 自治区级 is
 * {@link #PROVINCIAL}; a county-level city's parent city (e.g. 湘潭市 for 湘乡市) is {@link #CITY}.
 */
public enum Level {
  /** 市级: the city (for a county-level city, its parent city). */
  CITY("市级", "city"),
  /** 省级: the province (or autonomous region, 自治区级). */
  PROVINCIAL("省级", "provincial"),
  /** 国家级: the ministry (MIIT). */
  NATIONAL("国家级", "national");

  private final String nameZh;
  private final String nameEn;

  Level(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** {@return the level as the texts write it, e.g. 省级} */
  public String nameZh() {
    return nameZh;
  }

  /** {@return the level in English, e.g. provincial} */
  public String nameEn() {
    return nameEn;
  }

  /**
   * "省级以上" reads as {@code level.isAtLeast(PROVINCIAL)}: 以上 includes the level itself.
   *
   * @param other the lowest level that qualifies
   * @return true when this level is that one or higher
   */
  public boolean isAtLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
