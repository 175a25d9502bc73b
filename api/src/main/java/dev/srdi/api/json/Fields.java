package dev.srdi.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed reads of one JSON object's fields. Every problem is reported to the document, at the
 * field's path, and the read yields empty, so that one pass reports every error at once.
 */
final class Fields {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** The longest money text worth reading: a sign, the digits, a point and more decimals than allowed. */
  private static final int MONEY_TEXT_LENGTH = 1 + InputLimits.MONEY_INTEGER_DIGITS + 1 + InputLimits.MONEY_DECIMALS + 8;

  private final ScenarioDocument document;
  private final JsonNode node;
  private final JsonPath path;

  private Fields(ScenarioDocument document, JsonNode node, JsonPath path) {
    this.document = document;
    this.node = node;
    this.path = path;
  }

  /** The object's fields, or empty (with an error) if it is not an object; unknown fields are reported too. */
  static Optional<Fields> of(ScenarioDocument document, JsonNode node, JsonPath path, Set<String> known) {
    if (node == null || !node.isObject()) {
      document.error(path, "must be a JSON object");
      return Optional.empty();
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        document.error(path.field(name), "unknown field (known: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
      }
    }
    return Optional.of(new Fields(document, node, path));
  }

  JsonPath path() {
    return path;
  }

  boolean has(String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  JsonPath at(String name) {
    return path.field(name);
  }

  void error(String name, String message) {
    document.error(path.field(name), message);
  }

  /** The document's {@code schema} field, which must name exactly the format the reader reads. */
  void requireSchema(String expected) {
    requiredText("schema").ifPresent(schema -> {
      if (!expected.equals(schema)) {
        error("schema", "must be \"" + expected + "\", not \"" + schema + "\"");
      }
    });
  }

  Optional<String> requiredText(String name) {
    if (!has(name)) {
      error(name, "is required");
      return Optional.empty();
    }
    return text(name);
  }

  Optional<String> text(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    if (!v.isTextual()) {
      error(name, "must be a string");
      return Optional.empty();
    }
    if (v.asText().isBlank()) {
      error(name, "must not be blank");
      return Optional.empty();
    }
    int lone = loneSurrogate(v.asText());
    if (lone >= 0) {
      // JSON's \\uD800 escapes let a string hold half a character, which no output can print faithfully.
      error(name, String.format("holds a lone surrogate (\\u%04X at character %d), which is half a character, not text",
          (int) v.asText().charAt(lone), lone + 1));
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  /** The index of the first surrogate that is not half of a pair, or -1; the streamed read asks it too. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  Optional<Boolean> bool(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    if (!v.isBoolean()) {
      error(name, "must be true or false");
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  Optional<Integer> requiredYear(String name) {
    if (!has(name)) {
      error(name, "is required");
      return Optional.empty();
    }
    return wholeNumber(name).flatMap(y -> {
      if (y < InputLimits.FIRST_DAY.getYear() || y > InputLimits.LAST_DAY.getYear()) {
        error(name, "must be a year such as 2023, not " + y);
        return Optional.empty();
      }
      return Optional.of(y);
    });
  }

  /** A count: a whole number, never negative, at most {@code max}. */
  Optional<Integer> count(String name, int max) {
    return wholeNumber(name).flatMap(n -> {
      if (n < 0) {
        error(name, "must not be negative");
        return Optional.empty();
      }
      if (n > max) {
        error(name, "must be at most " + max + ", not " + n);
        return Optional.empty();
      }
      return Optional.of(n);
    });
  }

  private Optional<Integer> wholeNumber(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      error(name, "must be a whole number");
      return Optional.empty();
    }
    return Optional.of(v.intValue());
  }

  Optional<LocalDate> requiredDate(String name) {
    if (!has(name)) {
      error(name, "is required");
      return Optional.empty();
    }
    return date(name);
  }

  Optional<LocalDate> date(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    if (!v.isTextual() || !DATE.matcher(v.asText()).matches()) {
      error(name, "must be an ISO date YYYY-MM-DD");
      return Optional.empty();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(v.asText());
    } catch (DateTimeParseException e) {
      error(name, "is not a date in the calendar: " + v.asText());
      return Optional.empty();
    }
    if (day.isBefore(InputLimits.FIRST_DAY) || day.isAfter(InputLimits.LAST_DAY)) {
      error(name, "must be a date from " + InputLimits.FIRST_DAY + " to " + InputLimits.LAST_DAY + ", not " + day);
      return Optional.empty();
    }
    return Optional.of(day);
  }

  /** Money: a JSON string or number in yuan, at most two decimals, never negative. */
  Optional<Money> money(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    BigDecimal amount;
    // The size is checked before any arithmetic: 1e100000000 is eleven bytes but no amount of money.
    // Floats are read as BigDecimal (see Json), so a negative scale means an exponent such as 5e5.
    if (v.isNumber() && v.isBigDecimal() && v.decimalValue().scale() < 0) {
      error(name, "must be written without an exponent (e.g. 1234.50, not 1.2345E3)");
      return Optional.empty();
    } else if (v.isNumber()) {
      amount = v.decimalValue();
    } else if (v.isTextual() && v.asText().length() <= MONEY_TEXT_LENGTH && DECIMAL.matcher(v.asText()).matches()) {
      amount = new BigDecimal(v.asText());
    } else if (v.isTextual() && v.asText().length() > MONEY_TEXT_LENGTH && DECIMAL.matcher(v.asText()).matches()) {
      error(name, tooLarge());
      return Optional.empty();
    } else {
      error(name, "must be an amount in yuan, as a string or a number (e.g. \"500000\" or \"1234.50\")");
      return Optional.empty();
    }
    if (amount.precision() - amount.scale() > InputLimits.MONEY_INTEGER_DIGITS) {
      error(name, tooLarge());
      return Optional.empty();
    }
    Money money = Money.yuan(amount);
    if (money.isNegative()) {
      error(name, "must not be negative");
      return Optional.empty();
    }
    // A string's decimals count as written ("5.100" has three); a number's as its value.
    if (!money.isWholeFen() || (v.isTextual() && amount.scale() > 2)) {
      error(name, "has more than two decimals (amounts are in yuan, to the fen)");
      return Optional.empty();
    }
    return Optional.of(money);
  }

  private static String tooLarge() {
    return "is too large: an amount has at most " + InputLimits.MONEY_INTEGER_DIGITS + " digits before the decimal point";
  }

  <E extends Enum<E>> Optional<E> requiredChoice(String name, Class<E> type) {
    if (!has(name)) {
      error(name, "is required (one of " + choices(type) + ")");
      return Optional.empty();
    }
    return choice(name, type);
  }

  <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    if (v.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v.asText())) {
          return Optional.of(e);
        }
      }
    }
    error(name, "must be one of " + choices(type) + (v.isTextual() ? ", not '" + v.asText() + "'" : ""));
    return Optional.empty();
  }

  /** Each element of an optional array, read by the reader; elements that fail are left out (and reported). */
  <T> List<T> array(String name, BiFunction<JsonNode, JsonPath, Optional<T>> reader) {
    if (!has(name)) {
      return List.of();
    }
    JsonNode v = node.get(name);
    if (!v.isArray()) {
      error(name, "must be an array");
      return List.of();
    }
    var out = new java.util.ArrayList<T>();
    for (int i = 0; i < v.size(); i++) {
      reader.apply(v.get(i), path.field(name).index(i)).ifPresent(out::add);
    }
    return out;
  }

  boolean isArray(String name) {
    return has(name) && node.get(name).isArray();
  }

  /** Which of the given fields are present, e.g. the attributes of an achievement. */
  Set<String> present(Map<String, ?> candidates) {
    return candidates.keySet().stream().filter(this::has).collect(Collectors.toSet());
  }

  private static <E extends Enum<E>> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
