package dev.srdi.cli.text;

import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Amounts as people read them: thousands separators, two decimals, and the kind of the amount. */
public final class Amounts {
  /** Shown where another document sets the amount (给予一定奖励): never a made-up number. */
  public static final String SET_ELSEWHERE = "— (set elsewhere)";
  public static final String NON_MONETARY = "non-monetary";

  private Amounts() {}

  /** "1,234,567.80": exact, rounded half up to the fen like {@link Money#toFenString()}. */
  public static String grouped(Money money) {
    return grouped(money.toYuan());
  }

  public static String grouped(BigDecimal yuan) {
    // DecimalFormat is not thread-safe, so each call makes its own.
    var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(yuan.setScale(2, RoundingMode.HALF_UP));
  }

  /** The difference of a what-if, with its sign: "+100,000.00", "-50,000.00", "0.00". */
  public static String signed(Money money) {
    return money.isPositive() ? "+" + grouped(money) : grouped(money);
  }

  /** An amount with its kind visible: "500,000.00", "≤ 500,000.00", "— (set elsewhere)". */
  public static String withKind(Optional<Money> amount, AmountKind kind) {
    return switch (kind) {
      case EXACT -> amount.map(Amounts::grouped).orElse(SET_ELSEWHERE);
      case UP_TO -> amount.map(m -> "≤ " + grouped(m)).orElse(SET_ELSEWHERE);
      case UNSPECIFIED -> SET_ELSEWHERE;
      case NONE -> NON_MONETARY;
    };
  }
}
