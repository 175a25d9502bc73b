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

  /** {@return the measure's id, unique in its jurisdiction, e.g. {@code guilin.growth-award}} */
  public abstract MeasureId id();

  /** {@return the measure's name in the text's words} */
  public abstract String nameZh();

  /** {@return the measure's name in English} */
  public abstract String nameEn();

  /** {@return a sentence on what the measure pays and for what; empty by default} */
  @Value.Default
  public String description() {
    return "";
  }

  /** {@return the clause the measure encodes, quoted} */
  public abstract Citation citation();

  /** {@return where the money comes from (资金来源), where the text says; empty otherwise} */
  public abstract Optional<String> fundingSource();

  /** {@return the lead and responsible units the text names; none by default} */
  @Value.Default
  public Responsibility responsibility() {
    return Responsibility.none();
  }

  /** {@return how the text states the amount: exact, a cap, set elsewhere, or no money} */
  public abstract AmountKind amountKind();

  /** {@return how the amount follows from the parameters; non-monetary by default} */
  @Value.Default
  public Formula formula() {
    return Formula.nonMonetary();
  }

  /** {@return how the awards combine with earlier ones, applied in order} */
  public abstract List<StackingRule> stacking();

  /** {@return the event dates the measure covers; by default (empty) its document's in-force window} */
  public abstract Optional<Coverage> coverage();

  /** {@return the parameters the measure reads besides its formula's and coverage's (thresholds, brackets)} */
  public abstract List<Parameter<?>> thresholds();

  /** {@return the bands of facts the measure covers, for the policy check's gaps and overlaps} */
  public abstract List<Bracket> brackets();

  /**
   * Measures this one may be paid together with for the same event, because the text lets both stand (a
   * stacking link the policy check accepts in place of a stacking rule).
   *
   * @return the measures' ids
   */
  public abstract List<MeasureId> stacksWith();

  /** {@return the document of the measure's clause} */
  public DocumentId document() {
    return citation().document();
  }

  /** {@return whether the measure pays money (an amount, a cap or an amount set elsewhere)} */
  public boolean isMonetary() {
    return amountKind() != AmountKind.NONE;
  }

  /** {@return every parameter the measure reads, formula first, without repeats} */
  public List<Parameter<?>> parameters() {
    var all = new LinkedHashSet<Parameter<?>>(formula().parameters());
    coverage().ifPresent(c -> all.addAll(c.parameters()));
    all.addAll(thresholds());
    brackets().forEach(b -> all.addAll(b.range().parameters()));
    return new ArrayList<>(all);
  }

  /** {@return an empty builder; id, names, citation and amount kind are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Refuses a formula that contradicts the amount kind, when the value is built.
   *
   * @throws IllegalStateException when an unspecified or non-monetary formula does not go with its amount kind
   */
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

  /** Builds a descriptor; {@code build()} checks it. */
  public static final class Builder extends ImmutableMeasureDescriptor.Builder {}
}
