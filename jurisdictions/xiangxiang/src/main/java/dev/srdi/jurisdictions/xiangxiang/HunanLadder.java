package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;

/**
 * How Hunan's names map onto the core's ladder.
 *
 * <ul>
 *   <li>湘潭市级“专精特新”中小企业 (三、2) and 湘潭市级专精特新“小巨人” (二) are one title: {@link Title#SRDI_SME} at
 *       {@link Level#CITY}. 湘潭市 is Xiangxiang's parent city, so its level is the core's city level.</li>
 *   <li>省级“专精特新”中小企业 (三、2) and 省级专精特新“小巨人” (二): {@link Title#SRDI_SME} at {@link Level#PROVINCIAL}.</li>
 *   <li>国家级专精特新“小巨人” (二, 三、3): {@link Title#LITTLE_GIANT} at {@link Level#NATIONAL}; 国家级专精特新重点“小巨人”:
 *       {@link Title#KEY_LITTLE_GIANT} at {@link Level#NATIONAL}.</li>
 *   <li>省级/国家级（制造业）单项冠军产品企业: {@link Title#SINGLE_CHAMPION_PRODUCT} at that level.</li>
 * </ul>
 *
 * A scenario that records Hunan's own name (LITTLE_GIANT at CITY or PROVINCIAL level) is read as the SRDI
 * SME at that level under the default of {@link XiangxiangInterpretations#HUNAN_LITTLE_GIANT_NAMES}.
 */
public final class HunanLadder {
  private HunanLadder() {}

  /** Whether the recognition is an SRDI SME at exactly this level, by either of Hunan's names. */
  public static boolean isSrdiSme(Recognition r, Level level, Settings settings) {
    if (r.level() != level) {
      return false;
    }
    return r.title() == Title.SRDI_SME
        || r.title() == Title.LITTLE_GIANT && level != Level.NATIONAL
            && settings.chose(XiangxiangInterpretations.HUNAN_LITTLE_GIANT_NAMES, XiangxiangInterpretations.ALIAS);
  }

  /**
   * Whether the recognition makes its holder a “专精特新”中小企业 of some level: an SRDI SME at any level, or a
   * national (key) little giant, which sits on the same ladder above it.
   */
  public static boolean isAnySrdi(Recognition r, Settings settings) {
    return isSrdiSme(r, r.level(), settings)
        || (r.title() == Title.LITTLE_GIANT || r.title() == Title.KEY_LITTLE_GIANT) && r.level() == Level.NATIONAL;
  }

  /** Whether the enterprise holds a valid SRDI recognition of any level on the day. */
  public static boolean holdsAnySrdiOn(Enterprise e, LocalDate day, Settings settings) {
    for (Recognition r : e.recognitions()) {
      if (isAnySrdi(r, settings) && r.isValidOn(day)) {
        return true;
      }
    }
    return false;
  }
}
