package dev.srdi.core.ladder;

/**
 * The titles of the quality-SME ladder (优质中小企业梯度培育), lowest first. The rank orders the
 * ladder; a city's own names (e.g. Hunan's city-level "小巨人") are mapped onto these by its plugin.
 */
public enum Title {
  INNOVATIVE_SME("创新型中小企业", "innovative SME"),
  SRDI_SME("专精特新中小企业", "SRDI SME"),
  LITTLE_GIANT("专精特新\"小巨人\"企业", "little giant"),
  KEY_LITTLE_GIANT("专精特新重点\"小巨人\"企业", "key little giant"),
  SINGLE_CHAMPION_PRODUCT("制造业单项冠军产品", "single-champion product"),
  SINGLE_CHAMPION("制造业单项冠军企业", "single champion");

  private final String nameZh;
  private final String nameEn;

  Title(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /**
   * Whether a holder of this title holds {@code other} too: every title is itself, and a key little
   * giant (重点"小巨人") is a little giant, MIIT's key ones being a subset of them.
   */
  public boolean isA(Title other) {
    return this == other || (this == KEY_LITTLE_GIANT && other == LITTLE_GIANT);
  }

  /** Whether this title is at least as high on the ladder as {@code other}. */
  public boolean isAtLeast(Title other) {
    return compareTo(other) >= 0;
  }
}
