package dev.srdi.core.engine;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Window;
import dev.srdi.core.stacking.StackingRule;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One enterprise under one jurisdiction: every measure proposes its claims, and the claims are
 * settled in date order against a ledger of what was already earned. Each claim passes the same
 * steps (as-of date, covered period, stacking, amount, highest-only top-up); the first step that
 * rejects it says why. Used once, by one thread.
 */
final class EnterpriseSettlement {
  /** A claim that passed every step: what it pays, how that was worked out, what the reader should know. */
  private record Award(Optional<Money> amount, String explanation, List<String> notes) {}

  private final JurisdictionPlan plan;
  private final Enterprise enterprise;
  private final EvaluationContext context;
  private final Settings settings;
  private final Ledger ledger = new Ledger();
  private final List<Claim> claims = new ArrayList<>();
  private final List<NotEligible> notEligible = new ArrayList<>();
  private final List<Entitlement> entitlements = new ArrayList<>();
  private final List<BenefitGrant> benefits = new ArrayList<>();
  /** The measure being assessed, to name it if the plugin fails there. */
  private Optional<Measure> current = Optional.empty();

  private EnterpriseSettlement(JurisdictionPlan plan, Enterprise enterprise, EvaluationContext context) {
    this.plan = plan;
    this.enterprise = enterprise;
    this.context = context;
    this.settings = context.settings();
  }

  /**
   * The enterprise's result; if the plugin throws (a bug of the plugin, or input it cannot handle),
   * the fault instead, naming the measure it was in, so that one plugin's failure on one enterprise
   * never stops the others.
   */
  static EnterpriseResult evaluate(JurisdictionPlan plan, Enterprise enterprise, EvaluationContext context) {
    var settlement = new EnterpriseSettlement(plan, enterprise, context);
    try {
      for (Measure measure : plan.measures()) {
        settlement.assess(measure);
      }
      settlement.current = Optional.empty();
      settlement.sortClaims();
      for (Claim claim : settlement.claims) {
        settlement.settle(claim);
      }
      return settlement.result();
    } catch (RuntimeException | Error e) {
      if (!PluginFault.isolable(e)) {
        throw e;
      }
      return EnterpriseResult.failed(new PluginFault(plan.jurisdiction(), settlement.current.map(Measure::id),
          enterprise.id(), PluginFault.describe(e)));
    }
  }

  private void assess(Measure measure) {
    current = Optional.of(measure);
    for (Assessment a : measure.assess(enterprise, context)) {
      if (!a.measure().equals(measure.id())) {
        throw new IllegalStateException(measure.id() + " returned an assessment for " + a.measure());
      }
      if (a instanceof Claim c) {
        claims.add(c);
      } else if (a instanceof NotEligible n) {
        notEligible.add(n);
      }
    }
  }

  private void settle(Claim claim) {
    MeasureDescriptor d = plan.descriptor(claim.measure());
    LocalDate firstSeen = ledger.markSeen(claim.measure(), claim.date());
    notAfterAsOf(claim)
        .flatMap(ok -> insideCoveredPeriod(d, claim))
        .flatMap(notes -> notStacked(d, claim, firstSeen).map(ok -> notes))
        .flatMap(notes -> d.formula().amount(claim.basis(), settings)
            .map(amount -> new Award(amount, claim.explanation(), notes)))
        .flatMap(award -> toppedUp(d, claim, award))
        .peek(award -> grant(d, claim, award))
        .peekLeft(reason -> notEligible.add(NotEligible.because(claim.measure(), claim.year(), reason)));
  }

  private Either<String, Claim> notAfterAsOf(Claim claim) {
    return claim.date().isAfter(context.asOf())
        ? Either.left("dated " + claim.date() + ", after the as-of date " + context.asOf())
        : Either.right(claim);
  }

  /** Rejected outside the covered period; inside it, the claim's notes, with one more when the period is unknown. */
  private Either<String, List<String>> insideCoveredPeriod(MeasureDescriptor d, Claim claim) {
    Window window = plan.window(d, settings);
    Window.Placement placement = window.place(claim.date());
    if (placement == Window.Placement.BEFORE || placement == Window.Placement.AFTER) {
      return Either.left("dated " + claim.date() + ", outside the covered period " + window.describe());
    }
    List<String> notes = new ArrayList<>(claim.notes());
    if (placement == Window.Placement.UNKNOWN) {
      notes.add("in-force window unknown (" + window.describe() + "): the result assumes the measure applied on "
          + claim.date());
    }
    return Either.right(notes);
  }

  /** The first declared stacking rule that rejects the claim, in declaration order. */
  private Either<String, Claim> notStacked(MeasureDescriptor d, Claim claim, LocalDate firstSeen) {
    var check = new StackingCheck(claim, enterprise, ledger, firstSeen, settings);
    for (StackingRule rule : d.stacking()) {
      Optional<String> rejected = rule.accept(check);
      if (rejected.isPresent()) {
        return Either.left(rejected.get());
      }
    }
    return Either.right(claim);
  }

  /**
   * Under a highest-only rule read as top-up, the award pays only what exceeds the group's earlier
   * awards for the same scope, and nothing when the earlier ones were at least as large.
   */
  private Either<String, Award> toppedUp(MeasureDescriptor d, Claim claim, Award award) {
    Optional<StackingRule.HighestOnly> highest = plan.highestOnly(d.id());
    if (highest.isEmpty() || award.amount().isEmpty()) {
      return Either.right(award);
    }
    String group = highest.get().group();
    Money full = award.amount().get().rounded();
    // A scope (a named project) splits the group, but never lets the same measure, i.e. the same
    // title of the same enterprise, pay twice: what it already paid under any scope counts too.
    Money already = ledger.paidInGroup(group, claim.scope()).max(ledger.paidForMeasure(claim.measure()));
    Money difference = full.minus(already);
    if (!difference.isPositive()) {
      return Either.left("highest only: " + already.toFenString() + " already awarded under '" + group
          + "', not less than this award of " + full.toFenString());
    }
    String explanation = already.isPositive()
        ? award.explanation() + "; highest only (top-up): " + full.toFenString() + " less " + already.toFenString()
            + " already awarded"
        : award.explanation();
    return Either.right(new Award(Optional.of(difference), explanation, award.notes()));
  }

  private void grant(MeasureDescriptor d, Claim claim, Award award) {
    Optional<Money> rounded = award.amount().map(Money::rounded);
    ledger.record(claim.measure(), claim.scope(), claim.year(), claim.date(), rounded.orElse(Money.zero()),
        plan.highestOnly(d.id()).map(h -> List.of(h.group())).orElse(List.of()));
    if (d.amountKind() == AmountKind.NONE) {
      benefits.add(new BenefitGrant(d.id(), d.nameZh(), d.nameEn(), claim.year(), d.description(), d.citation(),
          d.responsibility(), award.explanation(), award.notes()));
    } else {
      entitlements.add(new Entitlement(d.id(), d.nameZh(), d.nameEn(), claim.year(), claim.date(), rounded,
          d.amountKind(), d.fundingSource(), d.responsibility(), d.citation(), claim.scope(), claim.payee(),
          award.explanation(), award.notes()));
    }
  }

  private EnterpriseResult result() {
    notEligible.sort(NOT_ELIGIBLE_ORDER);
    return new EnterpriseResult(enterprise.id(), entitlements, benefits, notEligible);
  }

  private static final Comparator<NotEligible> NOT_ELIGIBLE_ORDER = Comparator.comparing(NotEligible::measure)
      .thenComparing(n -> n.year().orElse(0))
      .thenComparing(NotEligible::reason);

  /** A claim with the most it can pay, worked out once before sorting instead of in every comparison. */
  private record Ranked(Claim claim, Money potential) {}

  /**
   * Date first; on the same day the larger award first, so that "highest only" pays the highest of
   * two titles obtained together; then every other field, so that the input's order never matters.
   */
  private static final Comparator<Ranked> CLAIM_ORDER = Comparator.comparing((Ranked r) -> r.claim().date())
      .thenComparing(Ranked::potential, Comparator.reverseOrder())
      .thenComparing(r -> r.claim().measure())
      .thenComparing(r -> r.claim().year())
      .thenComparing(r -> r.claim().scope().orElse(""))
      .thenComparing(r -> r.claim().payee().orElse(""))
      .thenComparing(r -> r.claim().basis().describe())
      .thenComparing(r -> r.claim().explanation());

  private void sortClaims() {
    if (claims.size() < 2) {
      return;
    }
    var ranked = new ArrayList<Ranked>(claims.size());
    for (Claim c : claims) {
      ranked.add(new Ranked(c, plan.descriptor(c.measure()).formula().ceiling(c.basis(), settings).orElse(Money.zero())));
    }
    ranked.sort(CLAIM_ORDER);
    for (int i = 0; i < ranked.size(); i++) {
      claims.set(i, ranked.get(i).claim());
    }
  }
}
