package dev.srdi.api.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.time.LocalDate;

/**
 * The bounds every scenario value must keep, checked before any arithmetic, so that a few bytes of
 * input can neither hang an evaluation nor fill the memory. Each is far beyond any real enterprise:
 * the largest Chinese firms report revenue in the trillions of yuan (13 digits) and employ about two
 * million people.
 */
public final class InputLimits {
  /** Money: at most this many digits before the decimal point (up to 999 trillion yuan). */
  public static final int MONEY_INTEGER_DIGITS = 15;
  /** Money: at most this many decimals (the fen). */
  public static final int MONEY_DECIMALS = 2;
  /** The most products, partners or other items one fact may count. */
  public static final int MAX_ITEMS = 10_000;
  /** The most employees one enterprise may report in a year. */
  public static final int MAX_EMPLOYEES = 10_000_000;
  /** The first date a scenario may name; its year is the first year. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  /** The last date a scenario may name; its year is the last year. */
  public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
  /** JSON nesting deeper than this is refused (a scenario needs five levels). */
  public static final int MAX_NESTING = 64;
  /** The longest JSON number, in characters (money needs at most 18). */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The longest JSON string, in characters (names and ids are short). */
  public static final int MAX_STRING_LENGTH = 65_536;
  /** The largest scenario document, in characters; a larger portfolio belongs in a JSON Lines file. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** The longest line of a JSON Lines file, in bytes. */
  public static final int MAX_LINE_BYTES = 1024 * 1024;

  private InputLimits() {}

  /**
   * Jackson's stream limits set to these, for every reader of the contract (JSON and YAML alike).
   *
   * @return the constraints
   */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }
}
