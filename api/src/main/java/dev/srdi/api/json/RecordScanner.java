package dev.srdi.api.json;

import dev.srdi.core.money.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The tokens of one JSON text read straight from its string, for the plain JSON a valid record is written in:
 * strings without escapes, whole numbers without a sign, exponent or fraction, and the fields a caller names.
 * Whatever is not plain, or not what the caller asks for, it gives up on ({@link GiveUp}), so that it accepts a
 * subset of what Jackson, configured as {@link Json#mapper()}, accepts, and reads it to the same values; the
 * tree reader reads the rest. Each value read checks what {@link Fields} checks of that value (a date in the
 * calendar and the reader's range, money without a negative sign or a third decimal…) and gives up where {@code
 * Fields} would report an error. No tree, no token objects, no copy of the text: a value is read where it stands.
 * One scanner reads one text, on one thread.
 */
final class RecordScanner {
  /** The longest string a plain record holds (far below the reader's limit: a name or an id is short). */
  private static final int LONGEST_STRING = 4096;
  /** Up to this many digits fit a {@code long} whatever they are. */
  private static final int LONG_DIGITS = 18;
  /** As {@code Fields}: the longest money text worth reading. */
  private static final int MONEY_TEXT_LENGTH = 1 + InputLimits.MONEY_INTEGER_DIGITS + 1 + InputLimits.MONEY_DECIMALS + 8;

  /** The text's characters: indexing an array is cheaper than a string's {@code charAt}, checked at every step. */
  private final char[] s;
  private final int end;
  private int i;

  RecordScanner(String text) {
    if (text.length() > InputLimits.MAX_DOCUMENT_LENGTH) {
      throw GiveUp.INSTANCE;
    }
    this.s = text.toCharArray();
    this.end = s.length;
  }

  /**
   * Opens an object and reads its first field's name and colon.
   *
   * @param names the fields the object may have
   * @return the field's index in {@code names}, or -1 if the object is empty (and then closed)
   */
  int firstField(String[] names) {
    space();
    expect('{');
    space();
    if (at('}')) {
      i++;
      return -1;
    }
    return name(names);
  }

  /**
   * Reads the next field's name and colon, or closes the object.
   *
   * @param names the fields the object may have
   * @return the field's index in {@code names}, or -1 at the object's end
   */
  int nextField(String[] names) {
    space();
    if (at('}')) {
      i++;
      return -1;
    }
    expect(',');
    space();
    return name(names);
  }

  /** The field seen once more: a name given twice is an error of the tree reader (Jackson's, as configured). */
  static long once(long seen, int field) {
    long bit = 1L << field;
    if ((seen & bit) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | bit;
  }

  private int name(String[] names) {
    int start = stringBody();
    int length = i - 1 - start;
    for (int k = 0; k < names.length; k++) {
      if (names[k].length() == length && matches(start, names[k])) {
        space();
        expect(':');
        space();
        return k;
      }
    }
    throw GiveUp.INSTANCE;
  }

  /** Whether the characters from {@code start} are those of {@code word}, whose length the caller has compared. */
  private boolean matches(int start, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (s[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Opens an array.
   *
   * @return whether it has a first element, at which the scanner stands
   */
  boolean firstElement() {
    expect('[');
    space();
    if (at(']')) {
      i++;
      return false;
    }
    return true;
  }

  /**
   * Steps to the array's next element, or closes it.
   *
   * @return whether there is a next element, at which the scanner stands
   */
  boolean nextElement() {
    space();
    if (at(']')) {
      i++;
      return false;
    }
    expect(',');
    space();
    return true;
  }

  /** Whether the value here is {@code null}, which is then read: the tree reader takes it as absent. */
  boolean isNull() {
    if (word("null")) {
      return true;
    }
    return false;
  }

  /** Reads the word if it stands here. */
  private boolean word(String w) {
    if (end - i >= w.length() && matches(i, w)) {
      i += w.length();
      return true;
    }
    return false;
  }

  /** The rest of the text is white space: nothing may follow the record. */
  void end() {
    space();
    if (i != end) {
      throw GiveUp.INSTANCE;
    }
  }

  /** A string that is not blank and holds no lone surrogate. */
  String text() {
    int start = stringBody();
    String text = new String(s, start, i - 1 - start);
    if (text.isBlank() || Fields.loneSurrogate(text) >= 0) {
      throw GiveUp.INSTANCE;
    }
    return text;
  }

  /** The constant whose name the string is. */
  <E extends Enum<E>> E choice(E[] constants) {
    int start = stringBody();
    int length = i - 1 - start;
    for (E e : constants) {
      if (e.name().length() == length && matches(start, e.name())) {
        return e;
      }
    }
    throw GiveUp.INSTANCE;
  }

  boolean bool() {
    if (word("true")) {
      return true;
    }
    if (word("false")) {
      return false;
    }
    throw GiveUp.INSTANCE;
  }

  /** A whole number from 0 to {@code max}. */
  int count(int max) {
    long n = digits();
    if (n > max) {
      throw GiveUp.INSTANCE;
    }
    return (int) n;
  }

  /** A year within the dates a scenario may name. */
  int year() {
    long y = digits();
    if (y < InputLimits.FIRST_DAY.getYear() || y > InputLimits.LAST_DAY.getYear()) {
      throw GiveUp.INSTANCE;
    }
    return (int) y;
  }

  /**
   * A JSON integer without a sign, as JSON writes one (no leading zero), of at most {@link #LONG_DIGITS} digits.
   * What follows it is the caller's to check: a fraction or an exponent is no comma and no end of an object.
   */
  private long digits() {
    int start = i;
    long n = 0;
    while (i < end && s[i] >= '0' && s[i] <= '9') {
      n = n * 10 + (s[i] - '0');
      i++;
    }
    int length = i - start;
    if (length == 0 || length > LONG_DIGITS || (s[start] == '0' && length > 1)) {
      throw GiveUp.INSTANCE;
    }
    return n;
  }

  /** An ISO date {@code YYYY-MM-DD} in the calendar, from the first to the last day a scenario may name. */
  LocalDate date() {
    int start = stringBody();
    if (i - 1 - start != 10 || s[start + 4] != '-' || s[start + 7] != '-') {
      throw GiveUp.INSTANCE;
    }
    LocalDate day;
    try {
      day = LocalDate.of(digits(start, 4), digits(start + 5, 2), digits(start + 8, 2));
    } catch (DateTimeException e) {
      throw GiveUp.INSTANCE;
    }
    if (day.isBefore(InputLimits.FIRST_DAY) || day.isAfter(InputLimits.LAST_DAY)) {
      throw GiveUp.INSTANCE;
    }
    return day;
  }

  /** The number the ASCII digits write ({@code [0-9]}, as the tree reader's pattern: no other script's digits). */
  private int digits(int from, int length) {
    int n = 0;
    for (int k = from; k < from + length; k++) {
      char d = s[k];
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
  Money money() {
    BigDecimal amount;
    if (at('"')) {
      int start = stringBody();
      amount = decimal(start, i - 1);
    } else {
      amount = BigDecimal.valueOf(digits());
    }
    if (amount.precision() - amount.scale() > InputLimits.MONEY_INTEGER_DIGITS || amount.signum() < 0
        || amount.scale() > InputLimits.MONEY_DECIMALS) {
      throw GiveUp.INSTANCE;
    }
    return Money.yuan(amount);
  }

  /** The text from {@code from} to {@code to} as {@code new BigDecimal(text)} reads it, if it has the form of money. */
  private BigDecimal decimal(int from, int to) {
    int length = to - from;
    if (length == 0 || length > MONEY_TEXT_LENGTH) {
      throw GiveUp.INSTANCE;
    }
    int k = s[from] == '-' ? from + 1 : from;
    int digitsStart = k;
    long whole = 0;
    while (k < to && s[k] >= '0' && s[k] <= '9') {
      whole = whole * 10 + (s[k] - '0');
      k++;
    }
    int wholeDigits = k - digitsStart;
    if (wholeDigits == 0) {
      throw GiveUp.INSTANCE;
    }
    if (k == to && digitsStart == from && wholeDigits <= LONG_DIGITS) {
      // Plain digits, the common case: the same value and scale (0) as the text constructor, without parsing twice.
      return BigDecimal.valueOf(whole);
    }
    if (k < to) {
      if (s[k] != '.' || k + 1 == to) {
        throw GiveUp.INSTANCE;
      }
      for (int f = k + 1; f < to; f++) {
        if (s[f] < '0' || s[f] > '9') {
          throw GiveUp.INSTANCE;
        }
      }
    }
    return new BigDecimal(s, from, to - from);
  }

  /**
   * Reads a string to its closing quote, which it steps over, and gives where its characters start: they end
   * just before the scanner. An escape, a control character (which JSON refuses in a string) or a string longer
   * than {@link #LONGEST_STRING} is not plain.
   */
  private int stringBody() {
    expect('"');
    int start = i;
    int limit = Math.min(end, start + LONGEST_STRING + 1);
    while (i < limit) {
      char c = s[i++];
      if (c == '"') {
        return start;
      }
      if (c == '\\' || c < 0x20) {
        throw GiveUp.INSTANCE;
      }
    }
    throw GiveUp.INSTANCE;
  }

  /** JSON's white space, and only it: space, tab, line feed, carriage return. */
  private void space() {
    while (i < end) {
      char c = s[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      i++;
    }
  }

  private boolean at(char c) {
    return i < end && s[i] == c;
  }

  private void expect(char c) {
    if (!at(c)) {
      throw GiveUp.INSTANCE;
    }
    i++;
  }
}
