package dev.srdi.core.parameter;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The unit of a parameter, which also fixes its type and how a what-if's text value is read. A
 * rate's unit says how a bare number reads ("5" is 5‰ for a {@link #PERMILLE} parameter); an
 * explicit "%" or "‰" suffix always wins.
 */
public final class Unit<T> {
  /** 元: an amount, read as yuan; "15万" and "1.5亿" are read too. */
  public static final Unit<Money> YUAN = new Unit<>("yuan", "元", Money.class, Unit::parseMoney, Money::toFenString);
  /** %: a rate whose bare number is in percent. */
  public static final Unit<Rate> PERCENT = new Unit<>("percent", "%", Rate.class, s -> parseRate(s, "%"), Rate::asPercent);
  /** ‰: a rate whose bare number is per mille. */
  public static final Unit<Rate> PERMILLE = new Unit<>("permille", "‰", Rate.class, s -> parseRate(s, "‰"), Rate::asPermille);
  /** 个/家/件: a whole number of things (enterprises, products). */
  public static final Unit<Integer> COUNT = new Unit<>("count", "个/家/件", Integer.class, Unit::parseCount, String::valueOf);
  /** 年: a whole number of years. */
  public static final Unit<Integer> YEARS = new Unit<>("years", "年", Integer.class, Unit::parseCount, String::valueOf);
  /** 日期: an ISO date (YYYY-MM-DD). */
  public static final Unit<LocalDate> DATE = new Unit<>("date", "日期", LocalDate.class, Unit::parseDate, LocalDate::toString);
  /** 倍: a positive multiplier, e.g. "1.5" or "1.5x". */
  public static final Unit<BigDecimal> FACTOR = new Unit<>("factor", "倍", BigDecimal.class, Unit::parseFactor, BigDecimal::toPlainString);

  private static final java.util.List<Unit<?>> ALL = java.util.List.of(YUAN, PERCENT, PERMILLE, COUNT, YEARS, DATE, FACTOR);

  private final String name;
  private final String symbol;
  private final Class<T> type;
  private final Function<String, Either<String, T>> parser;
  private final Function<T, String> formatter;

  private Unit(String name, String symbol, Class<T> type, Function<String, Either<String, T>> parser,
      Function<T, String> formatter) {
    this.name = name;
    this.symbol = symbol;
    this.type = type;
    this.parser = parser;
    this.formatter = formatter;
  }

  /** {@return the unit's name as a table writes it, e.g. {@code permille}} */
  public String name() {
    return name;
  }

  /** {@return the unit's symbol or word, e.g. ‰ or 元} */
  public String symbol() {
    return symbol;
  }

  /**
   * The class of this unit's values, by which a value kept without its type is checked back into it.
   *
   * @return e.g. {@code Money.class} for {@link #YUAN}, {@code Integer.class} for {@link #COUNT}
   */
  public Class<T> type() {
    return type;
  }

  /** {@return every unit, in the order a table's documentation lists them} */
  public static java.util.List<Unit<?>> all() {
    return ALL;
  }

  /**
   * The unit of this name ({@code yuan}, {@code permille}…), as a table writes it.
   *
   * @param name the unit's name
   * @return the unit, or empty when no unit has that name
   */
  public static java.util.Optional<Unit<?>> named(String name) {
    return ALL.stream().filter(u -> u.name.equals(name)).findFirst();
  }

  /**
   * Reads a what-if value; a left says what is wrong with it.
   *
   * @param text the value as written, e.g. "5", "0.5%" or "15万"
   * @return the value, or why it cannot be read (negative, not a number, too many digits)
   */
  public Either<String, T> parse(String text) {
    Objects.requireNonNull(text, "text");
    return parser.apply(text.trim());
  }

  /**
   * Writes a value as a what-if would give it.
   *
   * @param value the value
   * @return e.g. "3‰" or "500000.00"
   */
  public String format(T value) {
    return formatter.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }

  private static Either<String, Money> parseMoney(String text) {
    String digits = text.replace(",", "");
    if (digits.endsWith("元")) {
      digits = digits.substring(0, digits.length() - 1);
    }
    // One unit word at the end, and only there: "5万5万" is no amount.
    BigDecimal multiplier = BigDecimal.ONE;
    if (digits.endsWith("万")) {
      digits = digits.substring(0, digits.length() - 1);
      multiplier = BigDecimal.valueOf(10_000);
    } else if (digits.endsWith("亿")) {
      digits = digits.substring(0, digits.length() - 1);
      multiplier = BigDecimal.valueOf(100_000_000);
    }
    BigDecimal scale = multiplier;
    return decimal(digits).flatMap(d -> {
      Money m = Money.yuan(d.multiply(scale));
      if (m.isNegative()) {
        return Either.left("an amount must not be negative: " + text);
      }
      return m.isWholeFen() ? Either.right(m) : Either.left("an amount has at most two decimals (fen): " + text);
    });
  }

  private static Either<String, Rate> parseRate(String text, String defaultSymbol) {
    String body = text;
    String symbol = defaultSymbol;
    if (text.endsWith("%") || text.endsWith("‰")) {
      symbol = text.substring(text.length() - 1);
      body = text.substring(0, text.length() - 1);
    }
    String chosen = symbol;
    return decimal(body).flatMap(d -> d.signum() < 0
        ? Either.left("a rate must not be negative: " + text)
        : Either.right("%".equals(chosen) ? Rate.percent(d.toPlainString()) : Rate.permille(d.toPlainString())));
  }

  private static Either<String, Integer> parseCount(String text) {
    try {
      int n = Integer.parseInt(text);
      return n < 0 ? Either.left("a count must not be negative: " + text) : Either.right(n);
    } catch (NumberFormatException e) {
      return Either.left("not a whole number: " + text);
    }
  }

  private static Either<String, LocalDate> parseDate(String text) {
    try {
      return Either.right(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Either.left("not an ISO date (YYYY-MM-DD): " + text);
    }
  }

  private static Either<String, BigDecimal> parseFactor(String text) {
    return decimal(text.toLowerCase(Locale.ROOT).replace("x", ""))
        .flatMap(d -> d.signum() <= 0 ? Either.left("a factor must be positive: " + text) : Either.right(d));
  }

  /**
   * A plain decimal of sane size: no exponent, at most {@link #MAX_INTEGER_DIGITS} digits before the
   * point and {@link #MAX_DECIMALS} after it, checked on the text before any arithmetic, so that a
   * value such as 1e999999999 is refused at once instead of exhausting the memory.
   */
  private static Either<String, BigDecimal> decimal(String text) {
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      return Either.left("not a number: " + text);
    }
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    int point = digits.indexOf('.');
    int integerDigits = point < 0 ? digits.length() : point;
    int decimals = point < 0 ? 0 : digits.length() - point - 1;
    if (integerDigits > MAX_INTEGER_DIGITS || decimals > MAX_DECIMALS) {
      return Either.left("out of range: at most " + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_DECIMALS
          + " after it: " + text);
    }
    return Either.right(new BigDecimal(text));
  }

  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_DECIMALS = 10;
  private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
}
