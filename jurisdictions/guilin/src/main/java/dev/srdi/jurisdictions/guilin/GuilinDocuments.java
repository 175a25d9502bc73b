package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import java.util.List;
import java.util.Optional;

/**
 * Guilin's one document, 《桂林市支持“专精特新”中小企业培育发展的若干措施（试行）》.
 *
 * <p>It is a trial measure "自印发之日起施行，有效期2年", but the text as we have it carries neither
 * its number (文号) nor its issue date, so its in-force window is unknown: the engine then adds a
 * note to every result instead of guessing a date. The two years stay a parameter
 * ({@link GuilinParameters#VALIDITY_YEARS}) so that the window can be stated once the date is known.
 *
 * <p>Clause numbers are written as the text numbers them. The heading of part 二 ("支持培育强优企业")
 * lost its number in the seed text; its clauses (三) and (四) are cited as "二、（三）" and "二、（四）".
 */
public final class GuilinDocuments {
  public static final DocumentId MEASURES = DocumentId.of("004_901c7209498bc010");

  private GuilinDocuments() {}

  static List<PolicyDocument> all() {
    return List.of(new PolicyDocument(MEASURES,
        "桂林市支持“专精特新”中小企业培育发展的若干措施（试行）",
        "Measures of Guilin supporting the cultivation and development of SRDI SMEs (trial)",
        Optional.empty(),
        Optional.empty(),
        Window.unknown("trial measure in force for " + GuilinParameters.VALIDITY_YEARS.formatDefault()
            + " years from its issue date (有效期" + GuilinParameters.VALIDITY_YEARS.formatDefault()
            + "年), which the text does not give")));
  }

  /** A citation of Guilin's document: the clause as the text numbers it and a short exact quote. */
  public static Citation cite(String clause, String quote) {
    return Citation.of(MEASURES, clause, quote);
  }
}
