package dev.srdi.core.ladder;

/**
 * Who grants a recognition, lowest first. Guangxi is an autonomous region, so its 自治区级 is
 * {@link #PROVINCIAL}; a county-level city's parent city (e.g. 湘潭市 for 湘乡市) is {@link #CITY}.
 */
public enum Level {
  CITY("市级", "city"),
  PROVINCIAL("省级", "provincial"),
  NATIONAL("国家级", "national");

  private final String nameZh;
  private final String nameEn;

  Level(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** "省级以上" reads as {@code level.isAtLeast(PROVINCIAL)}: 以上 includes the level itself. */
  public boolean isAtLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
