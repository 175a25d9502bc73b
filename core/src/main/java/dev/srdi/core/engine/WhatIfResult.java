package dev.srdi.core.engine;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.InterpretationId;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Baseline and variant of the same portfolio, and the difference, per enterprise and in total.
 *
 * @param baseline the portfolio under the defaults
 * @param variant the portfolio under the changed settings
 * @param changedParameters each changed parameter's value, in its unit, by id
 * @param changedInterpretations each changed interpretation's choice, by id
 * @param enterprises baseline and variant totals per enterprise, in the portfolio's order
 */
public record WhatIfResult(
    PortfolioResult baseline,
    PortfolioResult variant,
    Map<ParameterId, String> changedParameters,
    Map<InterpretationId, String> changedInterpretations,
    List<EnterpriseDelta> enterprises) {

  /**
   * Copies the maps (sorted by id) and the list.
   *
   * @param baseline the portfolio under the defaults
   * @param variant the portfolio under the changed settings
   * @param changedParameters the changed parameters
   * @param changedInterpretations the changed interpretations
   * @param enterprises the totals per enterprise
   */
  public WhatIfResult {
    changedParameters = new TreeMap<>(changedParameters);
    changedInterpretations = new TreeMap<>(changedInterpretations);
    enterprises = List.copyOf(enterprises);
  }

  static WhatIfResult of(PortfolioResult baseline, PortfolioResult variant, Settings variantSettings) {
    var deltas = new ArrayList<EnterpriseDelta>();
    for (int i = 0; i < baseline.enterprises().size(); i++) {
      EnterpriseResult before = baseline.enterprises().get(i);
      EnterpriseResult after = variant.enterprises().get(i);
      deltas.add(new EnterpriseDelta(before.enterprise(), before.total(), after.total()));
    }
    return new WhatIfResult(baseline, variant, variantSettings.changedParameters(),
        variantSettings.changedInterpretations(), deltas);
  }

  /**
   * What the change costs in total: the variant's total less the baseline's.
   *
   * @return the difference, negative when the change saves
   */
  public Money totalDifference() {
    return variant.summary().total().minus(baseline.summary().total());
  }

  /**
   * What the change costs each fund (variant less baseline), including funds only one side uses.
   *
   * @return the difference by funding source
   */
  public SortedMap<String, Money> differenceByFundingSource() {
    var before = baseline.summary().byFundingSource();
    var after = variant.summary().byFundingSource();
    var keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    var out = new TreeMap<String, Money>();
    keys.forEach(k -> out.put(k, after.getOrDefault(k, Money.zero()).minus(before.getOrDefault(k, Money.zero()))));
    return out;
  }
}
