package dev.srdi.core.bounds;

import dev.srdi.core.money.Money;
import java.math.BigDecimal;

/** Renders a bound's value as a reader writes it: no scientific notation ("2E+7"), amounts in yuan to the fen. */
final class Render {
  private Render() {}

  static String plain(Object value) {
    if (value instanceof Money money) {
      return money.toFenString();
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }
}
