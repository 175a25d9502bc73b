package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinTables.TABLES;

import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import java.util.List;

/**
 * Guilin's one document, 《桂林市支持“专精特新”中小企业培育发展的若干措施（试行）》, declared in
 * {@code guilin/documents.yaml} under the key {@code measures}.
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
  public static final DocumentId MEASURES = TABLES.document("measures");

  private GuilinDocuments() {}

  static List<PolicyDocument> all() {
    return TABLES.documents();
  }
}
