package dev.srdi.api;

import dev.srdi.core.money.Money;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The portfolio under one value of a sweep: what it costs in total and by fund, and how many enterprises it pays.
 *
 * @param value the value as given (e.g. {@code 5‰}, or an interpretation's choice)
 * @param total the cost over every city
 * @param byFund the cost by fund id (the funds of {@link Sweep#funds()}, each present, zero when unused)
 * @param enterprisesPaid how many enterprises get a positive amount
 */
public record SweepPoint(String value, Money total, Map<String, Money> byFund, int enterprisesPaid) {
  /**
   * Copies the map, sorted by fund id; rejects a missing value.
   *
   * @param value the value
   * @param total the total
   * @param byFund the cost by fund id
   * @param enterprisesPaid the enterprises paid
   */
  public SweepPoint {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(total, "total");
    byFund = java.util.Collections.unmodifiableMap(new TreeMap<>(byFund));
  }
}
