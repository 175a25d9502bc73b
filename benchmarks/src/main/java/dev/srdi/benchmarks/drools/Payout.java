package dev.srdi.benchmarks.drools;

import dev.srdi.core.money.Money;

/** The session's global: what the rules paid the current enterprise, reset before each one. */
public final class Payout {
  private Money total = Money.zero();

  public void add(Money amount) {
    total = total.plus(amount);
  }

  Money takeTotal() {
    Money t = total;
    total = Money.zero();
    return t;
  }
}
