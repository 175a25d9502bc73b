package dev.srdi.core.ladder;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The titles of the quality-SME ladder (优质中小企业梯度培育), lowest first. The rank orders the
 * ladder; a city's own names (e.g. Hunan's city-level "小巨人") are mapped onto these by its plugin.
 */
public enum Title {
  // Recognised by the provinces (some cities keep their own list); there is no national one.
  /** 创新型中小企业: the ladder's first rung, provincial (or a city's own list). */
  INNOVATIVE_SME("创新型中小企业", "innovative SME", Level.PROVINCIAL, Level.CITY),
  // The national SRDI tier is the little giant, so a "national SRDI SME" does not exist.
  /** 专精特新中小企业: the second rung, provincial (or a city's own list). */
  SRDI_SME("专精特新中小企业", "SRDI SME", Level.PROVINCIAL, Level.CITY),
  // MIIT's; Hunan also names city and provincial "小巨人", which its plugin maps onto the ladder.
  /** 专精特新"小巨人"企业: the third rung, national (Hunan also names provincial and city ones). */
  LITTLE_GIANT("专精特新\"小巨人\"企业", "little giant", Level.NATIONAL, Level.PROVINCIAL, Level.CITY),
  /** 专精特新重点"小巨人"企业: MIIT's key little giants, a subset of the little giants. */
  KEY_LITTLE_GIANT("专精特新重点\"小巨人\"企业", "key little giant", Level.NATIONAL),
  // MIIT's and the provinces' lists; no city names single champions.
  /** 制造业单项冠军产品: a single-champion product, national or provincial. */
  SINGLE_CHAMPION_PRODUCT("制造业单项冠军产品", "single-champion product", Level.NATIONAL, Level.PROVINCIAL),
  /** 制造业单项冠军企业: a single-champion enterprise, national or provincial. */
  SINGLE_CHAMPION("制造业单项冠军企业", "single champion", Level.NATIONAL, Level.PROVINCIAL);

  private final String nameZh;
  private final String nameEn;
  private final Set<Level> levels;

  Title(String nameZh, String nameEn, Level first, Level... more) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.levels = Collections.unmodifiableSet(EnumSet.of(first, more));
  }

  /** {@return the levels at which this title is awarded; a recognition at any other level does not exist} */
  public Set<Level> levels() {
    return levels;
  }

  /**
   * Whether the title is awarded at the level.
   *
   * @param level the level
   * @return true when a recognition of this title at that level can exist
   */
  public boolean existsAt(Level level) {
    return levels.contains(level);
  }

  /** {@return the title as the texts write it} */
  public String nameZh() {
    return nameZh;
  }

  /** {@return the title in English} */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Whether a holder of this title holds {@code other} too: every title is itself, and a key little giant
   * (重点"小巨人") is a little giant, MIIT's key ones being a subset of them.
   *
   * @param other the title a clause asks for
   * @return true when holding this title means holding that one
   */
  public boolean isA(Title other) {
    return this == other || (this == KEY_LITTLE_GIANT && other == LITTLE_GIANT);
  }

  /**
   * Whether this title is at least as high on the ladder as {@code other}.
   *
   * @param other the title to compare with
   * @return true when this one ranks the same or higher
   */
  public boolean isAtLeast(Title other) {
    return compareTo(other) >= 0;
  }
}
