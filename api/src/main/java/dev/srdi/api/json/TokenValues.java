package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.srdi.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The checks of {@link Fields}, on the parser's current value token instead of a tree node: each yields the
 * value exactly as {@code Fields} reads it, or throws {@link GiveUp} where {@code Fields} would report an
 * error (and also for a few valid but rare forms, which the tree reader then reads). Never asked about a
 * JSON {@code null}: the caller treats it as absent, as {@code Fields} does.
 */
final class TokenValues {
  /** Up to this many digits fit a {@code long} whatever they are. */
  private static final int LONG_DIGITS = 18;
  /** As {@code Fields}: the longest money text worth reading. */
  private static final int MONEY_TEXT_LENGTH = 1 + InputLimits.MONEY_INTEGER_DIGITS + 1 + InputLimits.MONEY_DECIMALS + 8;

  private TokenValues() {}

  /** A string that is not blank and holds no lone surrogate. */
  static String text(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw GiveUp.INSTANCE;
    }
    String s = p.getText();
    if (s.isBlank() || hasLoneSurrogate(s)) {
      throw GiveUp.INSTANCE;
    }
    return s;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GiveUp.INSTANCE;
  }

  /** A whole number that fits an {@code int}, from 0 to {@code max}. */
  static int count(JsonParser p, int max) throws IOException {
    int n = wholeNumber(p);
    if (n < 0 || n > max) {
      throw GiveUp.INSTANCE;
    }
    return n;
  }

  /** A year within the dates a scenario may name. */
  static int year(JsonParser p) throws IOException {
    int y = wholeNumber(p);
    if (y < InputLimits.FIRST_DAY.getYear() || y > InputLimits.LAST_DAY.getYear()) {
      throw GiveUp.INSTANCE;
    }
    return y;
  }

  private static int wholeNumber(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw GiveUp.INSTANCE;
    }
    return p.getIntValue();
  }

  /** An ISO date {@code YYYY-MM-DD} in the calendar, from the first to the last day a scenario may name. */
  static LocalDate date(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() != 10) {
      throw GiveUp.INSTANCE;
    }
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    if (c[o + 4] != '-' || c[o + 7] != '-') {
      throw GiveUp.INSTANCE;
    }
    LocalDate day;
    try {
      day = LocalDate.of(digits(c, o, 4), digits(c, o + 5, 2), digits(c, o + 8, 2));
    } catch (DateTimeException e) {
      throw GiveUp.INSTANCE;
    }
    if (day.isBefore(InputLimits.FIRST_DAY) || day.isAfter(InputLimits.LAST_DAY)) {
      throw GiveUp.INSTANCE;
    }
    return day;
  }

  /** The number the ASCII digits write ({@code [0-9]}, as the tree reader's pattern: no other script's digits). */
  private static int digits(char[] c, int from, int length) {
    int n = 0;
    for (int i = from; i < from + length; i++) {
      char d = c[i];
      if (d < '0' || d > '9') {
        throw GiveUp.INSTANCE;
      }
      n = n * 10 + (d - '0');
    }
    return n;
  }

  /**
   * Money in yuan, as a string of the form {@code -?[0-9]+(\.[0-9]+)?} or as a JSON integer: never negative, at
   * most two decimals, at most {@link InputLimits#MONEY_INTEGER_DIGITS} digits before the point. A float is left
   * to the tree reader, whose tree normalises its decimals.
   */
  static Money money(JsonParser p) throws IOException {
    BigDecimal amount;
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      amount = decimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } else if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      amount = BigDecimal.valueOf(p.getLongValue());
    } else {
      throw GiveUp.INSTANCE;
    }
    if (amount.precision() - amount.scale() > InputLimits.MONEY_INTEGER_DIGITS || amount.signum() < 0
        || amount.scale() > InputLimits.MONEY_DECIMALS) {
      throw GiveUp.INSTANCE;
    }
    return Money.yuan(amount);
  }

  /** The text as {@code new BigDecimal(text)} reads it, if it has the form and length money may have. */
  private static BigDecimal decimal(char[] c, int offset, int length) {
    if (length == 0 || length > MONEY_TEXT_LENGTH) {
      throw GiveUp.INSTANCE;
    }
    int end = offset + length;
    int i = c[offset] == '-' ? offset + 1 : offset;
    int digitsStart = i;
    long whole = 0;
    while (i < end && c[i] >= '0' && c[i] <= '9') {
      whole = whole * 10 + (c[i] - '0');
      i++;
    }
    int wholeDigits = i - digitsStart;
    if (wholeDigits == 0) {
      throw GiveUp.INSTANCE;
    }
    if (i == end && digitsStart == offset && wholeDigits <= LONG_DIGITS) {
      // Plain digits, the common case: the same value and scale (0) as the text constructor, without parsing twice.
      return BigDecimal.valueOf(whole);
    }
    if (i < end) {
      if (c[i] != '.' || i + 1 == end) {
        throw GiveUp.INSTANCE;
      }
      for (int k = i + 1; k < end; k++) {
        if (c[k] < '0' || c[k] > '9') {
          throw GiveUp.INSTANCE;
        }
      }
    }
    return new BigDecimal(c, offset, length);
  }
}
