package dev.srdi.core.check;

import dev.srdi.core.measure.Bracket;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brackets that leave a gap or overlap between the measures of one document that read the same fact
 * (the bracket's declared fact). Below the lowest bracket nothing is expected (a floor is a floor);
 * between two brackets a gap means an enterprise there gets nothing under the document, and an
 * overlap means two measures claim it, which is an error unless one declares that it gives way. A band
 * the text sends to another policy is said as such ("1亿元以上 → other industrial policies").
 */
final class BracketCoverage implements Check {
  private static final Money FEN = Money.yuan("0.01");

  /** A bracket with the measure that declares it and its ends under the settings in force. */
  private record Placed(MeasureDescriptor measure, Bracket bracket, Money low, Optional<Money> high) {
    String who() {
      return bracket.referredTo().map(to -> "the referral to " + to).orElse(measure.id().value());
    }

    Citation citation() {
      return bracket.range().lower().map(t -> t.parameter().citation()).orElse(measure.citation());
    }
  }

  @Override public String name() {
    return "brackets";
  }

  @Override public List<Finding> findings(CheckInput input) {
    Settings s = input.settings();
    var out = new ArrayList<Finding>();
    Map<String, List<Placed>> byFact = new TreeMap<>();
    for (Measure m : input.jurisdiction().measures()) {
      MeasureDescriptor d = m.descriptor();
      for (Bracket b : d.brackets()) {
        Optional<Money> low = b.range().smallest(s);
        if (low.isEmpty()) {
          out.add(Finding.warning("bracket-empty", d.id().value(), d.citation(), "the bracket of " + b.fact() + " ("
              + b.range().describe(s) + ") admits no amount with the parameters in force"));
          continue;
        }
        byFact.computeIfAbsent(d.document() + " | " + b.fact(), k -> new ArrayList<>())
            .add(new Placed(d, b, low.get(), b.range().upper().isPresent() ? b.range().largest(s) : Optional.empty()));
      }
    }
    byFact.forEach((key, placed) -> {
      List<Placed> sorted = placed.stream().sorted(Comparator.comparing(Placed::low)).toList();
      for (int i = 0; i + 1 < sorted.size(); i++) {
        out.addAll(between(sorted.get(i), sorted.get(i + 1), s));
      }
    });
    return out;
  }

  private static List<Finding> between(Placed a, Placed b, Settings s) {
    String fact = b.bracket().fact();
    String subject = a.measure().id().value().equals(b.measure().id().value()) ? a.measure().id().value()
        : a.measure().id() + " + " + b.measure().id();
    if (a.high().isEmpty() || b.low().compareTo(a.high().get()) <= 0) {
      Money overlapTop = a.high().map(h -> b.high().map(h::min).orElse(h)).orElse(b.high().orElse(b.low()));
      String band = b.low().compareTo(overlapTop) == 0 ? "exactly " + b.low().toFenString()
          : "from " + b.low().toFenString() + " to " + overlapTop.toFenString();
      boolean yields = a.bracket().yieldsTo().filter(b.measure().id()::equals).isPresent()
          || b.bracket().yieldsTo().filter(a.measure().id()::equals).isPresent();
      String where = fact + " " + band + " is in both " + a.who() + " (" + a.bracket().range().describe(s) + ") and "
          + b.who() + " (" + b.bracket().range().describe(s) + ")";
      if (yields) {
        String winner = a.bracket().yieldsTo().isPresent() ? b.who() : a.who();
        return List.of(Finding.info("bracket-overlap-resolved", subject, b.citation(), where + "; the measures declare"
            + " that " + winner + " wins there"));
      }
      return List.of(Finding.error("bracket-overlap", subject, b.citation(), where
          + ", and neither declares that it gives way: one enterprise would be in two places at once"));
    }
    Money gapFrom = a.high().get().plus(FEN);
    if (b.low().compareTo(gapFrom) > 0) {
      Money gapTo = b.low().minus(FEN);
      return List.of(Finding.warning("bracket-gap", subject, b.citation(), fact + " from " + gapFrom.toFenString()
          + " to " + gapTo.toFenString() + " falls between " + a.who() + " (" + a.bracket().range().describe(s)
          + ") and " + b.who() + " (" + b.bracket().range().describe(s) + "): no measure of the document covers it,"
          + " so an enterprise there gets nothing under it"));
    }
    if (b.bracket().referredTo().isPresent() || a.bracket().referredTo().isPresent()) {
      Placed referred = b.bracket().referredTo().isPresent() ? b : a;
      return List.of(Finding.info("bracket-referral", referred.measure().id().value(), referred.citation(), fact + " "
          + referred.bracket().range().describe(s) + " is referred to " + referred.bracket().referredTo().get()
          + ": no gap and no overlap with " + (referred == b ? a : b).who() + " ("
          + (referred == b ? a : b).bracket().range().describe(s) + ")"));
    }
    return List.of();
  }
}
