package dev.srdi.core.check;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters whose quoted number differs from their value. Every parameter cites the words it comes
 * from; where those words state numbers, the text's value (the default) must be one of them, in the
 * parameter's unit (a date is matched by its year). A what-if value that departs from the text is
 * said too, so that a reader of the check knows which numbers are not the text's.
 */
final class QuotedNumberCheck implements Check {

  @Override public String name() {
    return "numbers";
  }

  @Override public List<Finding> findings(CheckInput input) {
    Settings s = input.settings();
    var out = new ArrayList<Finding>();
    for (Parameter<?> p : input.jurisdiction().parameters()) {
      String quote = p.citation().quote();
      String subject = p.id().value();
      List<BigDecimal> numbers = numbers(p.defaultValue());
      if (numbers.isEmpty()) {
        continue;
      }
      if (QuotedNumbers.in(quote).isEmpty()) {
        out.add(Finding.info("quote-without-number", subject, p.citation(), "the quote states no number; the value "
            + p.formatDefault() + " is a reading, not a figure of the text (" + p.description() + ")"));
      } else if (numbers.stream().noneMatch(n -> QuotedNumbers.states(quote, n))) {
        out.add(Finding.error("quoted-number-differs", subject, p.citation(), "the value " + p.formatDefault()
            + " is not a number the quote states (it states " + stated(quote) + ")"));
      }
      if (!s.value(p).equals(p.defaultValue())) {
        out.add(Finding.info("what-if-value", subject, p.citation(), "this check runs with " + format(p, s.value(p))
            + ", not the text's " + p.formatDefault()));
      }
    }
    return out;
  }

  /**
   * The numbers the value may be written as. A date is its year, or the year of the day before where
   * it is an exclusive end ("2022—2025年" ends on 2026-01-01).
   */
  private static List<BigDecimal> numbers(Object value) {
    if (value instanceof Money m) {
      return List.of(m.toYuan());
    }
    if (value instanceof Rate r) {
      return List.of(r.fraction());
    }
    if (value instanceof Integer i) {
      return List.of(BigDecimal.valueOf(i));
    }
    if (value instanceof BigDecimal d) {
      return List.of(d);
    }
    if (value instanceof LocalDate d) {
      return List.of(BigDecimal.valueOf(d.getYear()), BigDecimal.valueOf(d.minusDays(1).getYear()));
    }
    return List.of();
  }

  private static String stated(String quote) {
    return String.join(", ", QuotedNumbers.in(quote).stream().map(BigDecimal::toPlainString).toList());
  }

  @SuppressWarnings("unchecked")
  private static <T> String format(Parameter<T> p, Object value) {
    return p.unit().format((T) value);
  }
}
