package dev.srdi.api;

import dev.srdi.core.money.Money;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The portfolio under one value of a sweep: what it costs in total and by fund, and how many enterprises it pays.
 *
 * @param value the value as given (e.g. {@code 5‰}, or an interpretation's choice)
 * @param across the second axis's value, for a point of a two-parameter grid
 * @param total the cost over every city
 * @param byFund the cost by fund id (the funds of {@link Sweep#funds()}, each present, zero when unused)
 * @param enterprisesPaid how many enterprises get a positive amount
 */
public record SweepPoint(String value, Optional<String> across, Money total, Map<String, Money> byFund,
    int enterprisesPaid) {
  /**
   * Copies the map, sorted by fund id; rejects a missing value.
   *
   * @param value the value
   * @param across the second axis's value, if any
   * @param total the total
   * @param byFund the cost by fund id
   * @param enterprisesPaid the enterprises paid
   */
  public SweepPoint {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(across, "across");
    Objects.requireNonNull(total, "total");
    byFund = java.util.Collections.unmodifiableMap(new TreeMap<>(byFund));
  }

  /**
   * A point of a one-parameter sweep.
   *
   * @param value the value
   * @param total the total
   * @param byFund the cost by fund id
   * @param enterprisesPaid the enterprises paid
   */
  public SweepPoint(String value, Money total, Map<String, Money> byFund, int enterprisesPaid) {
    this(value, Optional.empty(), total, byFund, enterprisesPaid);
  }
}
