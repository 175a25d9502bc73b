package dev.srdi.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sweep varies: one parameter over a range or a list of values, or one interpretation over
 * some or all of its choices.
 *
 * @param id the parameter's or the interpretation's id
 * @param interpretation whether the id names an interpretation
 * @param values the values in order, each in the text a what-if takes (a value may carry its unit); empty
 *     for an interpretation means every choice it declares
 */
public record SweepAxis(String id, boolean interpretation, List<String> values) {
  /** The most values a sweep takes: each is a whole evaluation of the portfolio. */
  public static final int MAX_VALUES = 1000;
  private static final Pattern RANGE = Pattern.compile(
      "(-?[0-9]+(?:\\.[0-9]+)?)([^0-9.:-]*)\\.\\.(-?[0-9]+(?:\\.[0-9]+)?)([^0-9.:]*):([0-9]+(?:\\.[0-9]+)?)([^0-9.]*)");

  /**
   * Copies the list; rejects a missing value.
   *
   * @param id the id
   * @param interpretation whether it is an interpretation
   * @param values the values
   */
  public SweepAxis {
    Objects.requireNonNull(id, "id");
    values = List.copyOf(values);
  }

  /**
   * A parameter's values from {@code FROM..TO:STEP} (e.g. {@code 1‰..10‰:1‰}, the unit written on each
   * or on none; TO included when a step lands on it) or from a comma-separated list ({@code 3‰,5‰,8‰}).
   *
   * @param id the parameter's id
   * @param text the range or the list
   * @return the axis, or a message saying what is wrong with the text
   */
  public static io.vavr.control.Either<String, SweepAxis> parameter(String id, String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      List<String> list = Arrays.stream(text.split(",")).map(String::strip).toList();
      if (list.isEmpty() || list.stream().anyMatch(String::isEmpty) || text.contains("..")) {
        return io.vavr.control.Either.left(text + ": give FROM..TO:STEP (e.g. 1‰..10‰:1‰) or a list (e.g. 3‰,5‰)");
      }
      return checked(id, list);
    }
    String unit = m.group(2);
    if (!m.group(4).equals(unit) || !m.group(6).equals(unit)) {
      return io.vavr.control.Either.left(text + ": FROM, TO and STEP are written in the same unit (e.g. 1‰..10‰:1‰)");
    }
    BigDecimal from = new BigDecimal(m.group(1));
    BigDecimal to = new BigDecimal(m.group(3));
    BigDecimal step = new BigDecimal(m.group(5));
    if (step.signum() <= 0 || to.compareTo(from) < 0) {
      return io.vavr.control.Either.left(text + ": STEP must be positive and TO at least FROM");
    }
    var values = new ArrayList<String>();
    for (BigDecimal v = from; v.compareTo(to) <= 0 && values.size() <= MAX_VALUES; v = v.add(step)) {
      values.add(v.stripTrailingZeros().toPlainString() + unit);
    }
    return checked(id, values);
  }

  /**
   * An interpretation's choices: the ones listed (comma-separated), or every one it declares when none is.
   *
   * @param id the interpretation's id
   * @param choices the choices, or empty for all
   * @return the axis
   */
  public static SweepAxis interpretation(String id, List<String> choices) {
    return new SweepAxis(id, true, choices);
  }

  private static io.vavr.control.Either<String, SweepAxis> checked(String id, List<String> values) {
    return values.size() > MAX_VALUES
        ? io.vavr.control.Either.left("a sweep takes at most " + MAX_VALUES + " values, not " + values.size())
        : io.vavr.control.Either.right(new SweepAxis(id, false, values));
  }
}
