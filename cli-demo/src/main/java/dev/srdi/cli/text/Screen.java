package dev.srdi.cli.text;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * What the tables are drawn for: the widest a line may be (none: each column as wide as its cells allow,
 * as when the output goes to a file or a pipe) and whether East Asian ambiguous-width characters (“ ” — ≤ ‘ ’ …)
 * take two columns, as terminals in a CJK setting draw them. Set for the run of one command (see {@link #during}).
 *
 * @param width the widest a table's line may be, if any
 * @param ambiguousWide whether ambiguous-width characters count as two columns
 */
public record Screen(OptionalInt width, boolean ambiguousWide) {
  /** What a run gets when nothing says otherwise: no width limit, ambiguous characters one column. */
  public static final Screen UNBOUNDED = new Screen(OptionalInt.empty(), false);
  /** The environment variable that counts ambiguous-width characters as two columns (any value but empty, 0 or false). */
  public static final String AMBIGUOUS_WIDE_VARIABLE = "SRDI_AMBIGUOUS_WIDE";
  /** The narrowest a table is fitted to: below that, the columns cannot shrink further anyway. */
  public static final int NARROWEST = 20;
  private static final ThreadLocal<Screen> CURRENT = ThreadLocal.withInitial(() -> UNBOUNDED);

  /**
   * Rejects a missing width.
   *
   * @param width the width
   * @param ambiguousWide the ambiguous-width setting
   */
  public Screen {
    Objects.requireNonNull(width, "width");
  }

  /**
   * The screen of a run, from the most specific source to the least: {@code --width N}, then the
   * {@code COLUMNS} variable, then the terminal's own width when the output is a terminal; none of them,
   * no limit (today's layout, also what a file or a pipe gets). Ambiguous width: the option, or the variable.
   *
   * @param widthOption {@code --width}, if given
   * @param ambiguousOption whether {@code --ambiguous-wide} was given
   * @param environment the environment variables
   * @param terminalWidth the width of the terminal the output goes to, asked only when nothing else says
   * @return the screen
   */
  public static Screen of(OptionalInt widthOption, boolean ambiguousOption, Map<String, String> environment,
      Supplier<OptionalInt> terminalWidth) {
    OptionalInt width = widthOption;
    if (width.isEmpty()) {
      width = columns(environment.get("COLUMNS"));
    }
    if (width.isEmpty()) {
      width = terminalWidth.get();
    }
    String wide = environment.getOrDefault(AMBIGUOUS_WIDE_VARIABLE, "");
    boolean ambiguous = ambiguousOption || !(wide.isBlank() || wide.equals("0") || wide.equalsIgnoreCase("false"));
    return new Screen(width.isPresent() ? OptionalInt.of(Math.max(NARROWEST, width.getAsInt())) : width, ambiguous);
  }

  /** COLUMNS as a shell sets it: a positive number; anything else (empty, as the tests set it) says nothing. */
  private static OptionalInt columns(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,5}")) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(text.strip());
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /**
   * The screen of the command running on this thread.
   *
   * @return the screen, {@link #UNBOUNDED} outside a command
   */
  public static Screen current() {
    return CURRENT.get();
  }

  /**
   * Runs a command for the screen, and puts back the one before.
   *
   * @param screen the screen
   * @param command the command
   * @param <T> what the command returns
   * @return what it returns
   */
  public static <T> T during(Screen screen, Supplier<T> command) {
    Screen before = CURRENT.get();
    CURRENT.set(screen);
    try {
      return command.get();
    } finally {
      CURRENT.set(before);
    }
  }
}
