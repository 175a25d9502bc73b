package dev.srdi.core.measure;

import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.stacking.StackingRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a reader needs to know of a measure without running it: names, clause, amount kind
 * and formula, stacking rules, funding source, lead and responsible units, parameters.
 */
@Value.Immutable
public abstract class MeasureDescriptor {

  public abstract MeasureId id();

  public abstract String nameZh();

  public abstract String nameEn();

  @Value.Default
  public String description() {
    return "";
  }

  public abstract Citation citation();

  /** Where the money comes from (资金来源), where the text says. */
  public abstract Optional<String> fundingSource();

  @Value.Default
  public Responsibility responsibility() {
    return Responsibility.none();
  }

  public abstract AmountKind amountKind();

  @Value.Default
  public Formula formula() {
    return Formula.nonMonetary();
  }

  public abstract List<StackingRule> stacking();

  /** The event dates the measure covers; by default its document's in-force window. */
  public abstract Optional<Coverage> coverage();

  /** Parameters the measure reads besides its formula's and coverage's (thresholds, brackets). */
  public abstract List<Parameter<?>> thresholds();

  /** The bands of facts the measure covers, for the policy check's gaps and overlaps. */
  public abstract List<Bracket> brackets();

  /**
   * Measures this one may be paid together with for the same event, because the text lets both stand
   * (a stacking link the policy check accepts in place of a stacking rule).
   */
  public abstract List<MeasureId> stacksWith();

  public DocumentId document() {
    return citation().document();
  }

  public boolean isMonetary() {
    return amountKind() != AmountKind.NONE;
  }

  /** Every parameter the measure reads, formula first, without repeats. */
  public List<Parameter<?>> parameters() {
    var all = new LinkedHashSet<Parameter<?>>(formula().parameters());
    coverage().ifPresent(c -> all.addAll(c.parameters()));
    all.addAll(thresholds());
    brackets().forEach(b -> all.addAll(b.range().parameters()));
    return new ArrayList<>(all);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    boolean unspecified = formula() instanceof Formula.Unspecified;
    boolean nonMonetary = formula() instanceof Formula.NonMonetary;
    if (unspecified != (amountKind() == AmountKind.UNSPECIFIED)) {
      throw new IllegalStateException(id() + ": an unspecified formula goes with amount kind UNSPECIFIED, and only it");
    }
    if (nonMonetary != (amountKind() == AmountKind.NONE)) {
      throw new IllegalStateException(id() + ": a non-monetary measure has amount kind NONE, and only it");
    }
  }

  public static final class Builder extends ImmutableMeasureDescriptor.Builder {}
}
