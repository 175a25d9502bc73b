package dev.srdi.core.check;

import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters whose quoted number differs from their value, as {@link QuoteAgreement} reads the quote
 * (the same reading the test kit applies); a value the text only names ({@code derivedFrom}) is said as
 * such, and a what-if value that departs from the text is said too, so that a reader of the check
 * knows which numbers are not the text's.
 */
final class QuotedNumberCheck implements Check {

  @Override public String name() {
    return "numbers";
  }

  @Override public List<Finding> findings(CheckInput input) {
    Settings s = input.settings();
    var out = new ArrayList<Finding>();
    for (Parameter<?> p : input.jurisdiction().parameters()) {
      String subject = p.id().value();
      if (p.derivedFrom().isPresent()) {
        out.add(Finding.info("quote-without-number", subject, p.citation(), "the value " + p.formatDefault()
            + " is not a figure of the text: " + p.derivedFrom().get()));
      } else {
        QuoteAgreement.check(p).ifPresent(d -> out.add(Finding.error("quoted-number-differs", subject, p.citation(),
            d.message())));
      }
      if (!s.value(p).equals(p.defaultValue())) {
        out.add(Finding.info("what-if-value", subject, p.citation(), "this check runs with " + format(p, s.value(p))
            + ", not the text's " + p.formatDefault()));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> String format(Parameter<T> p, Object value) {
    return p.unit().format((T) value);
  }
}
