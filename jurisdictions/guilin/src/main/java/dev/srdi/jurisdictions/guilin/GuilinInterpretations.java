package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinTables.TABLES;

import dev.srdi.core.parameter.Interpretation;
import java.util.List;

/**
 * How this plugin reads the two clauses of the document that decide money and leave a point open
 * (the project's interpretations 4 and 5), each switchable in a what-if. Their words and choices are
 * in {@code guilin/interpretations.yaml}; the choice ids the measures test for are here. Validity
 * (three years from the recognition's date) and rounding (once per entitlement, to the fen, half up)
 * are the core's.
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
  public static final Interpretation FIRST_AWARD_EARLIER_TITLE = TABLES.interpretation(
      "guilin.first-city-srdi-award.earlier-title", SRDI_AND_LITTLE_GIANT, SRDI_TITLE_ONLY);

  public static final String VALID_DURING_YEAR = "valid-during-year";
  public static final String VALID_AT_YEAR_END = "valid-at-year-end";

  /**
   * 二、（四）"对我市“专精特新”中小企业": which enterprises are SRDI SMEs for a performance year. By
   * default one holding a valid SRDI recognition of any level on some day of that year.
   */
  public static final Interpretation GROWTH_AWARD_HOLDER = TABLES.interpretation(
      "guilin.growth-award.srdi-holder", VALID_DURING_YEAR, VALID_AT_YEAR_END);

  static final List<Interpretation> ALL = TABLES.interpretations();

  private GuilinInterpretations() {}
}
