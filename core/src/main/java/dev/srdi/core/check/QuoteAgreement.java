package dev.srdi.core.check;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Timeline;
import dev.srdi.core.parameter.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a parameter's value is the number its quote gives: 10万元 is 100000 yuan, 3‰ a permille
 * rate, 35% a percent, 0.2亿元 20000000 yuan, 三年 3 years, 翻一番 or 倍增 a factor of 2, 到2025年 the
 * last day of 2025. The value checked is the first of its timeline, the one the cited text sets (a later value
 * is a revision). A parameter that says {@code derivedFrom} (a value the quote only names, such as
 * the national above-size threshold) is not checked. Pure: the test kit and a linter both call it.
 */
public final class QuoteAgreement {
  private QuoteAgreement() {}

  /**
   * The disagreement, if the quote gives no number equal to the parameter's value.
   *
   * @param p the parameter; one derived from its quote (the quote only names it) always agrees
   * @return the disagreement, or empty when the quote gives the value
   */
  public static Optional<Disagreement> check(Parameter<?> p) {
    if (p.derivedFrom().isPresent()) {
      return Optional.empty();
    }
    Object value = first(p.values());
    List<QuotedNumber> numbers = ChineseNumbers.in(p.citation().quote());
    List<QuotedNumber> candidates = numbers.stream().filter(kind(p.unit())).toList();
    if (candidates.stream().anyMatch(n -> agrees(p.unit(), value, n))) {
      return Optional.empty();
    }
    if (p.unit() == Unit.DATE && agreesAsDate((LocalDate) value, numbers)) {
      return Optional.empty();
    }
    return Optional.of(new Disagreement(p.id(), p.source(), format(p, value), p.citation().quote(),
        candidates.stream().map(QuotedNumber::written).toList()));
  }

  private static Object first(Timeline<?> timeline) {
    return timeline.steps().get(0).value().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <T> String format(Parameter<T> p, Object value) {
    return p.unit().format((T) value);
  }

  /** The numbers of the quote that can be a value of the unit, by what follows them. */
  private static Predicate<QuotedNumber> kind(Unit<?> unit) {
    if (unit == Unit.YUAN) {
      return n -> n.followedBy("元");
    }
    if (unit == Unit.PERCENT) {
      return n -> n.followedBy("%", "％");
    }
    if (unit == Unit.PERMILLE) {
      return n -> n.followedBy("‰");
    }
    if (unit == Unit.YEARS) {
      return n -> n.followedBy("年", "个年度");
    }
    if (unit == Unit.FACTOR) {
      return n -> n.followedBy("番", "倍");
    }
    if (unit == Unit.COUNT) {
      return n -> !n.followedBy("元", "%", "％", "‰", "年", "番", "倍");
    }
    return n -> false;
  }

  private static boolean agrees(Unit<?> unit, Object value, QuotedNumber n) {
    if (value instanceof Money m) {
      return m.toYuan().compareTo(n.value()) == 0;
    }
    if (value instanceof Rate r) {
      BigDecimal fraction = n.value().divide(BigDecimal.valueOf(unit == Unit.PERMILLE ? 1000 : 100));
      return r.fraction().compareTo(fraction) == 0;
    }
    if (value instanceof Integer i) {
      return BigDecimal.valueOf(i).compareTo(n.value()) == 0;
    }
    if (value instanceof BigDecimal factor) {
      return factor.compareTo(n.value()) == 0;
    }
    return false;
  }

  /**
   * A year the quote names ("2025年", or in a range "2022—2025年") agrees with its first day (from), its
   * last day (by the end of) and the day after it (the first day a window no longer covers).
   */
  private static boolean agreesAsDate(LocalDate date, List<QuotedNumber> numbers) {
    return numbers.stream().filter(n -> n.followedBy("年")).map(QuotedNumber::value)
        .filter(y -> y.scale() <= 0 && y.compareTo(BigDecimal.valueOf(1900)) > 0 && y.compareTo(BigDecimal.valueOf(2200)) < 0)
        .map(BigDecimal::intValue)
        .anyMatch(y -> date.equals(LocalDate.of(y, 1, 1)) || date.equals(LocalDate.of(y, 12, 31))
            || date.equals(LocalDate.of(y + 1, 1, 1)));
  }
}
