package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.aboveSize;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import java.util.List;

/** The readings this plugin had to choose where the text leaves a question open; each is switchable. */
public final class XiangxiangInterpretations {

  /**
   * Whether a city- or provincial-level LITTLE_GIANT in a scenario is Hunan's name for the SRDI SME at that
   * level. The mapping itself, and why, is documented once, in {@link HunanLadder}.
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

  /**
   * 三、（二） writes the small-to-above range as "1000—2000万元", a dash with neither 含 nor 以上/以下, so the
   * Civil Code's reading of 以上/以下 does not settle its ends. The lower end is read as included; the upper
   * end is the question: a small firm at exactly 2000万元 is also "营业收入已达规模" (the scale threshold is
   * 以上), and the same clause puts such a firm in the pool to be guided onto the list, so both readings keep
   * it under watch and differ only in whether it is also a "重点培育对象" of the 1000—2000万元 band.
   */
  public static final String BOTH_ENDS = "both-ends";
  public static final String UPPER_EXCLUDED = "upper-excluded";
  public static final Interpretation SMALL_TO_ABOVE_RANGE = Interpretation.of(
      "xiangxiang.small-to-above-range",
      "Whether the small-to-above band “1000—2000万元” includes its upper end (2000万元 itself). Under either reading a "
          + "firm whose revenue reached the scale threshold is guided onto the list under the same clause instead (已达规模 "
          + "wins), so the upper end matters only where revenue does not decide the scale (xiangxiang.scale-by-sector).",
      aboveSize("三、（二）", "以营业收入1000—2000万元的小微企业为年度重点培育对象"),
      BOTH_ENDS,
      Choice.of(BOTH_ENDS, "both ends included: 1000万元 ≤ revenue ≤ 2000万元 (a written range names its ends as members)"),
      Choice.of(UPPER_EXCLUDED, "upper end excluded: 1000万元 ≤ revenue < 2000万元, because a firm at 2000万元 has "
          + "already reached the scale (已达规模) and is guided onto the list under the same clause"));

  /**
   * The text never says what revenue makes a firm "规模以上"; it relies on the national statistics standard,
   * which differs by sector (industry: 年主营业务收入2000万元及以上; construction: holding a construction
   * qualification, not a revenue; wholesale, retail, accommodation and catering and the service
   * sub-sectors each have their own figure). The facts hold one revenue and one of four sectors, so the
   * plugin either applies the one threshold {@link XiangxiangParameters#SCALE_THRESHOLD} to every sector
   * (default: the figure the plan's own pool band ends at, "1000—2000万元"), or judges reaching the scale
   * from revenue for industrial firms only and says so for the others.
   */
  public static final String EVERY_SECTOR = "every-sector";
  public static final String INDUSTRIAL_ONLY = "industrial-only";
  public static final Interpretation SCALE_BY_SECTOR = Interpretation.of(
      "xiangxiang.scale-by-sector",
      "Which enterprises the revenue scale threshold (规模以上, not set by this text) is applied to when deciding "
          + "that a firm has reached the scale (已达规模) or newly entered the list (新增入规).",
      aboveSize("三、（二）", "积极引导营业收入已达规模但未“入规入统”的企业“升规”"),
      EVERY_SECTOR,
      Choice.of(EVERY_SECTOR, "one revenue threshold for every sector (a simplification of the national standard)"),
      Choice.of(INDUSTRIAL_ONLY, "revenue decides the scale for industrial (INDUSTRIAL) enterprises only; for other "
          + "sectors the national standard is not this figure, so no scale is inferred"));

  static final List<Interpretation> ALL = List.of(HUNAN_LITTLE_GIANT_NAMES, AT_RISK, STOCK_COUNT, SMALL_TO_ABOVE_RANGE,
      SCALE_BY_SECTOR);

  private XiangxiangInterpretations() {}
}
