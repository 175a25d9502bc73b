package dev.srdi.core.check;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.stacking.StackingRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Two measures paying for the same event with no stacking rule between them, found on the sample: the
 * same enterprise paid by both for an event of the same date (a claim is dated by its event), and the
 * two share no highest-only group and neither names the other as one it stacks with. The text may well
 * allow both; the finding asks a reader to say so in the descriptor.
 */
final class SameEventStacking implements Check {
  private record Pair(MeasureId first, MeasureId second) {}

  private record Seen(int enterprises, String example, LocalDate date) {
    Seen plus() {
      return new Seen(enterprises + 1, example, date);
    }
  }

  @Override public String name() {
    return "stacking";
  }

  @Override public List<Finding> findings(CheckInput input) {
    Map<MeasureId, MeasureDescriptor> descriptors = input.jurisdiction().measures().stream()
        .collect(Collectors.toMap(Measure::id, Measure::descriptor, (a, b) -> a));
    var seen = new TreeMap<String, Seen>();
    var pairs = new TreeMap<String, Pair>();
    for (EnterpriseResult result : input.evaluate(input.settings()).enterprises()) {
      var counted = new java.util.HashSet<String>();
      Map<LocalDate, List<Entitlement>> byDate = result.entitlements().stream()
          .collect(Collectors.groupingBy(Entitlement::date, TreeMap::new, Collectors.toList()));
      byDate.forEach((date, paid) -> {
        List<MeasureId> measures = paid.stream().map(Entitlement::measure).distinct().sorted().toList();
        for (int i = 0; i < measures.size(); i++) {
          for (int j = i + 1; j < measures.size(); j++) {
            Pair pair = new Pair(measures.get(i), measures.get(j));
            if (linked(descriptors.get(pair.first()), descriptors.get(pair.second()))) {
              continue;
            }
            String key = pair.first() + " + " + pair.second();
            pairs.put(key, pair);
            if (counted.add(key)) {
              seen.merge(key, new Seen(1, result.enterprise().value(), date), (old, one) -> old.plus());
            }
          }
        }
      });
    }
    var out = new ArrayList<Finding>();
    seen.forEach((key, s) -> {
      Pair pair = pairs.get(key);
      out.add(Finding.warning("same-event-no-stacking-rule", key, descriptors.get(pair.second()).citation(),
          pair.first() + " and " + pair.second() + " both pay for an event of the same date to " + s.enterprises()
              + " enterprise(s) of the sample (e.g. " + s.example() + " on " + s.date() + "), and no stacking rule"
              + " links them: if the text allows both, declare it (stacksWith); if not, add the rule"));
    });
    return out;
  }

  private static boolean linked(MeasureDescriptor a, MeasureDescriptor b) {
    if (a.stacksWith().contains(b.id()) || b.stacksWith().contains(a.id())) {
      return true;
    }
    Set<String> groups = groups(a);
    return groups(b).stream().anyMatch(groups::contains);
  }

  private static Set<String> groups(MeasureDescriptor d) {
    return d.stacking().stream()
        .filter(StackingRule.HighestOnly.class::isInstance)
        .map(r -> ((StackingRule.HighestOnly) r).group())
        .collect(Collectors.toSet());
  }
}
