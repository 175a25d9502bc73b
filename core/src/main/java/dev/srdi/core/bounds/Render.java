package dev.srdi.core.bounds;

import java.math.BigDecimal;

/** Renders a bound's value without scientific notation, so "2E+7" never reaches a reader. */
final class Render {
  private Render() {}

  static String plain(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }
}
