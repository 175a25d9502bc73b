package dev.srdi.core.engine;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.Words;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterReads;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Window;
import dev.srdi.core.stacking.StackingRule;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One enterprise under one jurisdiction: every measure proposes its claims, and the claims are
 * settled in date order against a ledger of what was already earned. Each claim passes the same
 * steps (as-of date, covered period, stacking, amount, highest-only top-up); the first step that
 * rejects it says why. Used once, by one thread.
 */
final class EnterpriseSettlement {
  /** A claim that passed every step: what it pays, how that was worked out, what the reader should know. */
  private record Award(Optional<Money> amount, Words explanation, List<String> notes) {}

  /** Why a step rejects a claim, and the condition it found unmet. */
  private record Rejection(String reason, List<Condition> conditions) {
    static Rejection of(String reason, Condition unmet) {
      return new Rejection(reason, List.of(unmet));
    }
  }

  private final JurisdictionPlan plan;
  private final Enterprise enterprise;
  private final EvaluationContext context;
  private final Settings settings;
  /** What the measures read of revised parameters, by measure and day, for the explanations. */
  private final ParameterReads reads = new ParameterReads();
  private Map<MeasureId, Map<LocalDate, List<Parameter<?>>>> readByMeasure = Map.of();
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
    this.settings = context.settings();
    // Measures get settings they must pin to an event's date, and which log what they read.
    this.context = context.withSettings(settings.readOnEventDays(reads));
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
        notEligible.add(n.conditions().isEmpty() ? n.withConditions(theClause(measure.descriptor())) : n);
      }
    }
    Map<LocalDate, List<Parameter<?>>> read = reads.drain();
    if (!read.isEmpty()) {
      if (readByMeasure.isEmpty()) {
        readByMeasure = new HashMap<>();
      }
      readByMeasure.put(measure.id(), read);
    }
  }

  private void settle(Claim claim) {
    MeasureDescriptor d = plan.descriptor(claim.measure());
    LocalDate firstSeen = ledger.markSeen(claim.measure(), claim.date());
    notAfterAsOf(claim)
        .flatMap(ok -> insideCoveredPeriod(d, claim))
        .flatMap(notes -> notStacked(d, claim, firstSeen).map(ok -> notes))
        .flatMap(notes -> amount(d, claim, notes))
        .flatMap(award -> toppedUp(d, claim, award))
        .peek(award -> grant(d, claim, award))
        .peekLeft(rejection -> notEligible.add(NotEligible.because(claim.measure(), claim.year(), rejection.reason())
            .withConditions(rejection.conditions().isEmpty() ? theClause(d) : rejection.conditions())));
  }

  /**
   * Where a rejection names no condition as data, the clause's own words are the condition: unmet, so
   * that every rejection a portal shows has a checklist line with the text it fails.
   */
  private static List<Condition> theClause(MeasureDescriptor d) {
    return Condition.lazily(() -> List.of(Condition.requirement("the condition of " + d.citation().clause(),
        "“" + d.citation().quote() + "”", Optional.empty(), false)));
  }

  private Either<Rejection, Claim> notAfterAsOf(Claim claim) {
    return claim.date().isAfter(context.asOf())
        ? Either.left(Rejection.of("dated " + claim.date() + ", after the as-of date " + context.asOf(),
            Condition.requirement("event date", "on or before the as-of date " + context.asOf(),
                Optional.of(claim.date().toString()), false)))
        : Either.right(claim);
  }

  /** Rejected outside the covered period; inside it, the claim's notes, with one more when the period is unknown. */
  private Either<Rejection, List<String>> insideCoveredPeriod(MeasureDescriptor d, Claim claim) {
    Window window = plan.window(d, settings, claim.date());
    Window.Placement placement = window.place(claim.date());
    if (placement == Window.Placement.BEFORE || placement == Window.Placement.AFTER) {
      return Either.left(Rejection.of("dated " + claim.date() + ", outside the covered period " + window.describe(),
          Condition.requirement("event date", "inside the covered period " + window.describe(),
              Optional.of(claim.date().toString()), false)));
    }
    if (placement != Window.Placement.UNKNOWN) {
      return Either.right(claim.notes());
    }
    List<String> notes = new ArrayList<>(claim.notes());
    notes.add("in-force window unknown (" + window.describe() + "): the result assumes the measure applied on "
        + claim.date());
    return Either.right(notes);
  }

  /** The first declared stacking rule that rejects the claim, in declaration order, with the condition it states. */
  private Either<Rejection, Claim> notStacked(MeasureDescriptor d, Claim claim, LocalDate firstSeen) {
    var check = new StackingCheck(claim, enterprise, ledger, firstSeen, settings);
    for (StackingRule rule : d.stacking()) {
      Optional<String> reason = rule.accept(check);
      if (reason.isPresent()) {
        return Either.left(Rejection.of(reason.get(), Condition.requirement("stacking", rule.describe(),
            heldSince(rule, claim).or(() -> reason), false)));
      }
    }
    return Either.right(claim);
  }

  /** For a "not if held before" rule, the earlier recognition that excludes the claim, e.g. "PROVINCIAL SRDI_SME since 2023-05-01". */
  private Optional<String> heldSince(StackingRule rule, Claim claim) {
    StackingRule inner = rule instanceof StackingRule.WhenChosen when ? when.rule() : rule;
    if (!(inner instanceof StackingRule.NotIfHeldBefore held)) {
      return Optional.empty();
    }
    return enterprise.recognitionsInOrder().stream()
        .filter(r -> r.is(held.title(), held.atLeast()) && r.date().isBefore(claim.date()))
        .findFirst()
        .map(r -> "holds a " + r.level().nameEn() + " " + r.title().nameEn() + " recognition since " + r.date()
            + ", which excludes this award");
  }

  /**
   * The formula on the values in force on the date of the event that earns the entitlement; the
   * explanation names the value and its date for each revised parameter the formula and the measure
   * read on that day (and only for those, so that a parameter with one value explains as before).
   */
  private Either<Rejection, Award> amount(MeasureDescriptor d, Claim claim, List<String> notes) {
    Settings onTheDay = settings.on(claim.date());
    List<Parameter<?>> formula = d.formula().parameters();
    Optional<String> notInForce = onTheDay.notInForce(formula);
    if (notInForce.isPresent()) {
      return Either.left(new Rejection(notInForce.get(), List.of()));
    }
    String sources = valueSources(formula, claim, onTheDay);
    Words explanation = claim.why().then(sources);
    return d.formula().amount(claim.basis(), onTheDay)
        .<Rejection>mapLeft(reason -> new Rejection(reason, d.formula().conditions(claim.basis(), onTheDay)))
        .map(amount -> new Award(amount, explanation, notes));
  }

  /**
   * "; id = value (in force from date), …" for each revised parameter read for the claim: the
   * formula's, then the measure's own reads on the claim's date; empty where none is revised.
   */
  private String valueSources(List<Parameter<?>> formula, Claim claim, Settings onTheDay) {
    List<Parameter<?>> byMeasure = readByMeasure.getOrDefault(claim.measure(), Map.of())
        .getOrDefault(claim.date(), List.of());
    if (byMeasure.isEmpty() && formula.isEmpty()) {
      return "";
    }
    var used = new ArrayList<String>();
    var seen = new HashSet<Parameter<?>>();
    for (List<Parameter<?>> read : List.of(formula, byMeasure)) {
      for (Parameter<?> p : read) {
        if (seen.add(p)) {
          onTheDay.valueSource(p).ifPresent(used::add);
        }
      }
    }
    return used.isEmpty() ? "" : "; " + String.join(", ", used);
  }

  /**
   * Under a highest-only rule read as top-up, the award pays only what exceeds the group's earlier
   * awards for the same scope, and nothing when the earlier ones were at least as large.
   */
  private Either<Rejection, Award> toppedUp(MeasureDescriptor d, Claim claim, Award award) {
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
      return Either.left(Rejection.of("highest only: " + already.toFenString() + " already awarded under '" + group
          + "', not less than this award of " + full.toFenString(),
          Condition.money("this award against what '" + group + "' already paid", Bound.moreThan(already), full)));
    }
    Words explanation = already.isPositive()
        ? award.explanation().then(Words.lazily(() -> "; highest only (top-up): " + full.toFenString() + " less "
            + already.toFenString() + " already awarded"))
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

  /** The most the claim can pay under the values in force on its day: the larger award goes first on a day. */
  private Money potential(Claim c) {
    Formula formula = plan.descriptor(c.measure()).formula();
    Settings onTheDay = settings.on(c.date());
    return onTheDay.notInForce(formula.parameters()).isPresent() ? Money.zero()
        : formula.ceiling(c.basis(), onTheDay).orElse(Money.zero());
  }

  private void sortClaims() {
    if (claims.size() < 2) {
      return;
    }
    var ranked = new ArrayList<Ranked>(claims.size());
    for (Claim c : claims) {
      ranked.add(new Ranked(c, potential(c)));
    }
    ranked.sort(CLAIM_ORDER);
    for (int i = 0; i < ranked.size(); i++) {
      claims.set(i, ranked.get(i).claim());
    }
  }
}
