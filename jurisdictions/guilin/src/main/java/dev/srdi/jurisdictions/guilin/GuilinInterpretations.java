package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinDocuments.cite;

import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import java.util.List;

/**
 * How this plugin reads the two clauses of the document that decide money and leave a point open
 * (the project's interpretations 4 and 5), each switchable in a what-if. Validity (three years from
 * the recognition's date) and rounding (once per entitlement, to the fen, half up) are the core's.
 */
public final class GuilinInterpretations {

  public static final String SRDI_AND_LITTLE_GIANT = "srdi-and-little-giant";
  public static final String SRDI_TITLE_ONLY = "srdi-title-only";

  /**
   * 二、（三）"前期已获得自治区级以上“专精特新”中小企业，不重复享受该政策": an earlier region-level SRDI
   * recognition excludes the first city-level award in any reading. Whether an earlier national
   * little giant does too is the open point; by default it does, because a little giant is the
   * national tier of SRDI SMEs ("自治区级以上" reaches it).
   */
  public static final Interpretation FIRST_AWARD_EARLIER_TITLE = Interpretation.of(
      "guilin.first-city-srdi-award.earlier-title",
      "Which earlier titles exclude the first city-level SRDI award (前期已获得自治区级以上…不重复享受).",
      cite("二、（三）", "前期已获得自治区级以上“专精特新”中小企业，不重复享受该政策"),
      SRDI_AND_LITTLE_GIANT,
      Choice.of(SRDI_AND_LITTLE_GIANT, "an earlier region-level (or higher) SRDI recognition or an earlier national"
          + " (key) little giant excludes the award: a little giant is an SRDI SME of national level"),
      Choice.of(SRDI_TITLE_ONLY, "only an earlier SRDI_SME recognition at region level or above excludes the award"));

  public static final String VALID_DURING_YEAR = "valid-during-year";
  public static final String VALID_AT_YEAR_END = "valid-at-year-end";

  /**
   * 二、（四）"对我市“专精特新”中小企业": which enterprises are SRDI SMEs for a performance year. By
   * default one holding a valid SRDI recognition of any level on some day of that year.
   */
  public static final Interpretation GROWTH_AWARD_HOLDER = Interpretation.of(
      "guilin.growth-award.srdi-holder",
      "When an enterprise counts as an SRDI SME for the growth award of a year (对我市“专精特新”中小企业).",
      cite("二、（四）", "对我市“专精特新”中小企业，当年产值"),
      VALID_DURING_YEAR,
      Choice.of(VALID_DURING_YEAR, "it held a valid SRDI recognition of any level on some day of the performance year"),
      Choice.of(VALID_AT_YEAR_END, "it held a valid SRDI recognition of any level on 31 December of the performance year"));

  static final List<Interpretation> ALL = List.of(FIRST_AWARD_EARLIER_TITLE, GROWTH_AWARD_HOLDER);

  private GuilinInterpretations() {}
}
