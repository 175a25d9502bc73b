package dev.srdi.jurisdictions.xiangxiang;


import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

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
  public static final Interpretation HUNAN_LITTLE_GIANT_NAMES =
      TABLES.interpretation("xiangxiang.hunan-little-giant-names", ALIAS, STRICT);

  /** 三、（三） does not say what "存在退规风险" is; the facts hold revenue by year. */
  public static final String REVENUE_FELL = "revenue-fell";
  public static final String UNDER_BOUND = "under-bound";
  public static final Interpretation AT_RISK =
      TABLES.interpretation("xiangxiang.at-risk", REVENUE_FELL, UNDER_BOUND);

  /** 二's "达到25家" may count the firms holding the title or every firm ever recognised. */
  public static final String VALID = "valid";
  public static final String EVER = "ever";
  public static final Interpretation STOCK_COUNT =
      TABLES.interpretation("xiangxiang.stock-count", VALID, EVER);

  /**
   * 三、（二） writes the small-to-above range as "1000—2000万元", a dash with neither 含 nor 以上/以下, so the
   * Civil Code's reading of 以上/以下 does not settle its ends. The lower end is read as included; the upper
   * end is the question: a small firm at exactly 2000万元 is also "营业收入已达规模" (the scale threshold is
   * 以上), and the same clause puts such a firm in the pool to be guided onto the list, so both readings keep
   * it under watch and differ only in whether it is also a "重点培育对象" of the 1000—2000万元 band.
   */
  public static final String BOTH_ENDS = "both-ends";
  public static final String UPPER_EXCLUDED = "upper-excluded";
  public static final Interpretation SMALL_TO_ABOVE_RANGE =
      TABLES.interpretation("xiangxiang.small-to-above-range", BOTH_ENDS, UPPER_EXCLUDED);

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
  public static final Interpretation SCALE_BY_SECTOR =
      TABLES.interpretation("xiangxiang.scale-by-sector", EVERY_SECTOR, INDUSTRIAL_ONLY);

  static final List<Interpretation> ALL = TABLES.interpretations();

  private XiangxiangInterpretations() {}
}
