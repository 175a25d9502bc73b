package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.aboveSize;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import java.util.List;

/** The readings this plugin had to choose where the text leaves a question open; each is switchable. */
public final class XiangxiangInterpretations {

  /**
   * 二 names the targets 湘潭市级/省级专精特新“小巨人”, while 三、2 awards 湘潭市级/省级“专精特新”中小企业: Hunan calls
   * its city- and provincial-level SRDI SMEs "little giants". A scenario may therefore record them either way.
   */
  public static final String ALIAS = "alias";
  public static final String STRICT = "strict";
  public static final Interpretation HUNAN_LITTLE_GIANT_NAMES = Interpretation.of(
      "xiangxiang.hunan-little-giant-names",
      "How a city- or provincial-level LITTLE_GIANT recognition is read: Hunan's name for the SRDI SME at that level, "
          + "or not a title of this plan.",
      srdi("二", "每年培育湘潭市级专精特新“小巨人”企业5家"),
      ALIAS,
      Choice.of(ALIAS, "a city- or provincial-level LITTLE_GIANT is Hunan's name for SRDI_SME at that level and counts as one"),
      Choice.of(STRICT, "only SRDI_SME recognitions count at city and provincial level; LITTLE_GIANT counts only at national level"));

  /** 三、（三） does not say what "存在退规风险" is; the facts hold revenue by year. */
  public static final String REVENUE_FELL = "revenue-fell";
  public static final String UNDER_BOUND = "under-bound";
  public static final Interpretation AT_RISK = Interpretation.of(
      "xiangxiang.at-risk",
      "Which above-size enterprises with revenue of 3000万元以下 are “at risk of leaving the list” (存在退规风险).",
      aboveSize("三、（三）", "精准定位年营业收入3000万元以下且存在退规风险的企业"),
      REVENUE_FELL,
      Choice.of(REVENUE_FELL, "revenue at or under the bound and lower than the year before"),
      Choice.of(UNDER_BOUND, "every above-size enterprise with revenue at or under the bound"));

  /** 二's "达到25家" may count the firms holding the title or every firm ever recognised. */
  public static final String VALID = "valid";
  public static final String EVER = "ever";
  public static final Interpretation STOCK_COUNT = Interpretation.of(
      "xiangxiang.stock-count",
      "How the 2025 targets (“达到25家”…) count enterprises: those holding a valid recognition on the day, or every "
          + "enterprise ever recognised (new or renewed) up to the day.",
      srdi("二", "到2025年，力争湘潭市级专精特新“小巨人”企业达到25家"),
      VALID,
      Choice.of(VALID, "enterprises holding a recognition valid on the day (three years from its date)"),
      Choice.of(EVER, "enterprises recognised at any time up to the day, expired or not"));

  static final List<Interpretation> ALL = List.of(HUNAN_LITTLE_GIANT_NAMES, AT_RISK, STOCK_COUNT);

  private XiangxiangInterpretations() {}
}
