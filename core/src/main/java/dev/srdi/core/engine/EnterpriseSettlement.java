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
  /** What a step that may reject a claim gives: the award so far, or why the claim is rejected. */
  private sealed interface Outcome permits Award, Rejection {}

  /** A claim that passed every step: what it pays, how that was worked out, what the reader should know. */
  private record Award(Optional<Money> amount, Words explanation, List<String> notes) implements Outcome {}

  /** Why a step rejects a claim, and the condition it found unmet. */
  private record Rejection(String reason, List<Condition> conditions) implements Outcome {
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
  /** Every claim, sorted into settlement order before the first is settled. */
  private final List<Claim> claims = new ArrayList<>();
  /** Made for the first claim whose measure declares a stacking rule, then checks every claim. */
  private StackingCheck stacking;
  private final List<NotEligible> notEligible = new ArrayList<>();
  private final List<Entitlement> entitlements = new ArrayList<>();
  private final List<BenefitGrant> benefits = new ArrayList<>();
  /** The measure being assessed, to name it if the plugin fails there; null between measures. */
  private Measure current;
  /**
   * Whether the settlement takes its short paths: a claim that can pay no amount is granted without working out
   * an amount ({@link #grantWithoutAmount}), claims already in order are not sorted ({@link #sortClaims}), and a
   * grant no later claim reads is not recorded in the ledger ({@link #readLater}); false only where a property
   * checks the short paths against the general ones.
   */
  private final boolean shortPaths;
  /** The run's settings pinned to {@link #pinnedDay}: claims are settled in date order, and many share a day. */
  private Settings pinned;
  private LocalDate pinnedDay;
  /** The position in {@link #claims} of the claim being settled. */
  private int settling;

  private EnterpriseSettlement(JurisdictionPlan plan, Enterprise enterprise, EvaluationContext context,
      boolean shortPaths) {
    this.plan = plan;
    this.enterprise = enterprise;
    this.shortPaths = shortPaths;
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
    return evaluate(plan, enterprise, context, true);
  }

  /**
   * The same, with the short paths taken or not (see {@link #shortPaths}): both must give equal results and record
   * the same reads ({@code ShortPathProperties}).
   */
  static EnterpriseResult evaluate(JurisdictionPlan plan, Enterprise enterprise, EvaluationContext context,
      boolean shortPaths) {
    var settlement = new EnterpriseSettlement(plan, enterprise, context, shortPaths);
    try {
      for (Measure measure : plan.measures()) {
        settlement.assess(measure);
      }
      settlement.current = null;
      settlement.sortClaims();
      for (int i = 0; i < settlement.claims.size(); i++) {
        settlement.settling = i;
        settlement.settle(settlement.claims.get(i));
      }
      return settlement.result();
    } catch (RuntimeException | Error e) {
      if (!PluginFault.isolable(e)) {
        throw e;
      }
      return EnterpriseResult.failed(new PluginFault(plan.jurisdiction(), Optional.ofNullable(settlement.current).map(Measure::id),
          enterprise.id(), PluginFault.describe(e)));
    }
  }

  private void assess(Measure measure) {
    current = measure;
    MeasureId id = measure.id();
    List<Assessment> assessments = measure.assess(enterprise, context);
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      if (!a.measure().equals(id)) {
        throw new IllegalStateException(id + " returned an assessment for " + a.measure());
      }
      if (a instanceof Claim c) {
        claims.add(c);
      } else if (a instanceof NotEligible n) {
        notEligible.add(n.conditions().isEmpty() ? n.withConditions(plan.measure(id).theClause()) : n);
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

  /**
   * The steps in order; the first that rejects the claim says why. Straight-line code rather than a chain of
   * lambdas: it runs for every claim of every enterprise.
   */
  private void settle(Claim claim) {
    MeasurePlan m = plan.measure(claim.measure());
    Rejection rejection = afterAsOf(claim);
    List<String> notes = null;
    if (rejection == null) {
      CoveredPeriod period = plan.window(m, settings, claim.date());
      Window.Placement placement = period.window().place(claim.date());
      if (placement == Window.Placement.BEFORE || placement == Window.Placement.AFTER) {
        rejection = outsideCoveredPeriod(period, claim);
      } else {
        notes = placement == Window.Placement.UNKNOWN ? withUnknownPeriodNote(period, claim) : claim.notes();
      }
    }
    if (rejection == null) {
      rejection = stacked(m.descriptor(), claim);
    }
    if (rejection == null) {
      if (shortPaths && m.paysNoAmount()) {
        grantWithoutAmount(m, claim, notes);
        return;
      }
      Outcome outcome = amount(m, claim, notes);
      if (outcome instanceof Award award) {
        outcome = toppedUp(m, claim, award);
      }
      if (outcome instanceof Award award) {
        grant(m, claim, award.amount(), award.explanation(), award.notes());
        return;
      }
      rejection = (Rejection) outcome;
    }
    notEligible.add(NotEligible.because(claim.measure(), claim.year(), rejection.reason())
        .withConditions(rejection.conditions().isEmpty() ? m.theClause() : rejection.conditions()));
  }

  /** Rejected when dated after the as-of date; null when not. */
  private Rejection afterAsOf(Claim claim) {
    return claim.date().isAfter(context.asOf())
        ? Rejection.of("dated " + claim.date() + ", after the as-of date " + context.asOf(),
            Condition.requirement("event date", "on or before the as-of date " + context.asOf(),
                Optional.of(claim.date().toString()), false))
        : null;
  }

  /** The rejection of a claim dated outside the covered period. */
  private static Rejection outsideCoveredPeriod(CoveredPeriod covered, Claim claim) {
    String period = covered.described();
    return Rejection.of("dated " + claim.date() + ", outside the covered period " + period,
        Condition.requirement("event date", "inside the covered period " + period,
            Optional.of(claim.date().toString()), false));
  }

  /** Inside a period whose edges are unknown, the claim's notes with one more saying what the result assumes. */
  private static List<String> withUnknownPeriodNote(CoveredPeriod period, Claim claim) {
    List<String> alone = period.unknownNoteAlone(claim.date());
    if (claim.notes().isEmpty()) {
      return alone;
    }
    if (claim.notes().size() == 1) {
      // A benefit's one note of its own (a condition the facts cannot show): two notes, the same for every claim
      // of the measure on the day.
      return period.afterUnknownNote(claim.notes().get(0), claim.date());
    }
    List<String> notes = new ArrayList<>(claim.notes().size() + 1);
    notes.addAll(claim.notes());
    notes.add(alone.get(0));
    return notes;
  }

  /** The first declared stacking rule that rejects the claim, in declaration order, with the condition it states; null when none does. */
  private Rejection stacked(MeasureDescriptor d, Claim claim) {
    List<StackingRule> rules = d.stacking();
    if (!rules.isEmpty() && stacking == null) {
      stacking = new StackingCheck(enterprise, ledger, claims, settings);
    }
    for (int i = 0; i < rules.size(); i++) {
      StackingRule rule = rules.get(i);
      Optional<String> reason = stacking.rejects(rule, claim);
      if (reason.isPresent()) {
        return Rejection.of(reason.get(), Condition.requirement("stacking", rule.describe(),
            heldSince(rule, claim).or(() -> reason), false));
      }
    }
    return null;
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
  private Outcome amount(MeasurePlan m, Claim claim, List<String> notes) {
    Settings onTheDay = pinnedOn(claim.date());
    List<Parameter<?>> formula = m.formulaParameters();
    Optional<String> notInForce = onTheDay.notInForce(formula);
    if (notInForce.isPresent()) {
      return new Rejection(notInForce.get(), List.of());
    }
    String sources = valueSources(formula, claim, onTheDay);
    Words explanation = claim.why().then(sources);
    Formula f = m.descriptor().formula();
    Either<String, Optional<Money>> amount = f.amount(claim.basis(), onTheDay);
    return amount.isLeft()
        ? new Rejection(amount.getLeft(), f.conditions(claim.basis(), onTheDay))
        : new Award(amount.get(), explanation, notes);
  }

  /**
   * The short path of a claim that passed the covered period and the stacking rules and can pay no amount (its
   * formula is a benefit's, or an amount another text sets): what {@link #amount} and {@link #toppedUp} would
   * give it, without pinning the settings, asking an empty formula for nothing, or making an award to unwrap.
   * The explanation still names the revised values the measure read that day, and the ledger still records the
   * grant for the stacking rules of later claims.
   */
  private void grantWithoutAmount(MeasurePlan m, Claim claim, List<String> notes) {
    grant(m, claim, Optional.empty(), claim.why().then(valueSources(List.of(), claim, null)), notes);
  }

  /** The run's settings pinned to the day, kept while the claims settled one after another fall on it. */
  private Settings pinnedOn(LocalDate day) {
    if (!day.equals(pinnedDay)) {
      pinned = settings.on(day);
      pinnedDay = day;
    }
    return pinned;
  }

  /**
   * "; id = value (in force from date), …" for each revised parameter read for the claim: the
   * formula's, then the measure's own reads on the claim's date; empty where none is revised.
   * {@code onTheDay} may be null where the formula is empty: the settings are then pinned only if the measure
   * read a revised parameter that day.
   */
  private String valueSources(List<Parameter<?>> formula, Claim claim, Settings onTheDay) {
    List<Parameter<?>> byMeasure = readByMeasure.isEmpty() ? List.of()
        : readByMeasure.getOrDefault(claim.measure(), Map.of()).getOrDefault(claim.date(), List.of());
    // Asked for every claim, and nearly always answered "": nothing is built until a source is found.
    StringBuilder used = null;
    for (int i = 0; i < formula.size(); i++) {
      Parameter<?> p = formula.get(i);
      if (!seenBefore(formula, i, p)) {
        used = withSource(used, onTheDay.valueSource(p));
      }
    }
    for (int i = 0; i < byMeasure.size(); i++) {
      Parameter<?> p = byMeasure.get(i);
      if (!seenBefore(formula, formula.size(), p) && !seenBefore(byMeasure, i, p)) {
        if (onTheDay == null) {
          onTheDay = pinnedOn(claim.date());
        }
        used = withSource(used, onTheDay.valueSource(p));
      }
    }
    return used == null ? "" : used.toString();
  }

  /** Whether the parameter is among the first {@code end} of the list (a parameter's sources are named once). */
  private static boolean seenBefore(List<Parameter<?>> read, int end, Parameter<?> p) {
    for (int i = 0; i < end; i++) {
      Parameter<?> q = read.get(i);
      if (q == p || q.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** "; a", then "; a, b": the sources so far with one more, if there is one. */
  private static StringBuilder withSource(StringBuilder used, Optional<String> source) {
    if (source.isEmpty()) {
      return used;
    }
    return used == null ? new StringBuilder("; ").append(source.get()) : used.append(", ").append(source.get());
  }

  /**
   * Under a highest-only rule read as top-up, the award pays only what exceeds the group's earlier
   * awards for the same scope, and nothing when the earlier ones were at least as large.
   */
  private Outcome toppedUp(MeasurePlan m, Claim claim, Award award) {
    Optional<StackingRule.HighestOnly> highest = m.highestOnly();
    if (highest.isEmpty() || award.amount().isEmpty()) {
      return award;
    }
    String group = highest.get().group();
    Money full = award.amount().get().rounded();
    // A scope (a named project) splits the group, but never lets the same measure, i.e. the same
    // title of the same enterprise, pay twice: what it already paid under any scope counts too.
    Money already = ledger.paidInGroup(group, claim.scope()).max(ledger.paidForMeasure(claim.measure()));
    Money difference = full.minus(already);
    if (!difference.isPositive()) {
      return Rejection.of("highest only: " + already.toFenString() + " already awarded under '" + group
          + "', not less than this award of " + full.toFenString(),
          Condition.money("this award against what '" + group + "' already paid", Bound.moreThan(already), full));
    }
    Words explanation = already.isPositive()
        ? award.explanation().then(Words.lazily(() -> "; highest only (top-up): " + full.toFenString() + " less "
            + already.toFenString() + " already awarded"))
        : award.explanation();
    return new Award(Optional.of(difference), explanation, award.notes());
  }

  private void grant(MeasurePlan m, Claim claim, Optional<Money> amount, Words explanation, List<String> notes) {
    MeasureDescriptor d = m.descriptor();
    Optional<Money> rounded = amount.isEmpty() ? amount : Optional.of(amount.get().rounded());
    if (readLater(m, claim)) {
      ledger.record(claim.measure(), claim.scope(), claim.year(), claim.date(), rounded.orElse(Money.zero()),
          m.groups());
    }
    if (d.amountKind() == AmountKind.NONE) {
      benefits.add(new BenefitGrant(d.id(), d.nameZh(), d.nameEn(), claim.year(), d.description(), d.citation(),
          d.responsibility(), explanation, notes));
    } else {
      entitlements.add(new Entitlement(d.id(), d.nameZh(), d.nameEn(), claim.year(), claim.date(), rounded,
          d.amountKind(), d.fundingSource(), d.responsibility(), d.citation(), claim.scope(), claim.payee(),
          explanation, notes));
    }
  }

  /**
   * Whether a claim settled later can read this grant in the ledger: the ledger is asked about a measure's own
   * grants (once per enterprise, once a year, what it already paid) and about its highest-only group's. A grant of
   * a measure in no group with no later claim of its own is read by no rule, and is not recorded (a short path):
   * Guilin's fourteen benefits, one claim each, filled the ledger for nothing.
   */
  private boolean readLater(MeasurePlan m, Claim claim) {
    if (!shortPaths || !m.groups().isEmpty()) {
      return true;
    }
    for (int i = settling + 1; i < claims.size(); i++) {
      if (claims.get(i).measure().equals(claim.measure())) {
        return true;
      }
    }
    return false;
  }

  private EnterpriseResult result() {
    notEligible.sort(NOT_ELIGIBLE_ORDER);
    // The result copies its lists; an empty one is handed over as the shared empty list, which it keeps as is.
    return new EnterpriseResult(enterprise.id(), orEmpty(entitlements), orEmpty(benefits), orEmpty(notEligible));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list.isEmpty() ? List.of() : list;
  }

  /** By measure, year (none first, as 0) and reason; written out, so that sorting boxes no year. */
  private static final Comparator<NotEligible> NOT_ELIGIBLE_ORDER = (a, b) -> {
    int c = a.measure().compareTo(b.measure());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.year().orElse(0), b.year().orElse(0));
    return c != 0 ? c : a.reason().compareTo(b.reason());
  };

  private static final Comparator<Claim> BY_DATE = Comparator.comparing(Claim::date);

  /**
   * A claim with the most it can pay, worked out once before sorting instead of in every comparison; null for a
   * claim alone on its day, which is never compared on it.
   */
  private record Ranked(Claim claim, Money potential) {}

  private static final Comparator<Ranked> CLAIM_ORDER =
      (a, b) -> compareClaims(a.claim(), a.potential(), b.claim(), b.potential());

  /**
   * Date first; on the same day the larger award first, so that "highest only" pays the highest of
   * two titles obtained together; then every other field, so that the input's order never matters.
   */
  private static int compareClaims(Claim x, Money xPotential, Claim y, Money yPotential) {
    // Written out rather than chained: a benefit of every enterprise is claimed on the same day as the others.
    int c = x.date().compareTo(y.date());
    if (c != 0) {
      return c;
    }
    c = yPotential.compareTo(xPotential);
    if (c != 0) {
      return c;
    }
    c = x.measure().compareTo(y.measure());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(x.year(), y.year());
    if (c != 0) {
      return c;
    }
    c = x.scope().orElse("").compareTo(y.scope().orElse(""));
    if (c != 0) {
      return c;
    }
    c = x.payee().orElse("").compareTo(y.payee().orElse(""));
    if (c != 0) {
      return c;
    }
    c = x.basis().describe().compareTo(y.basis().describe());
    return c != 0 ? c : x.explanation().compareTo(y.explanation());
  }

  /** The most the claim can pay under the values in force on its day: the larger award goes first on a day. */
  private Money potential(Claim c) {
    MeasurePlan m = plan.measure(c.measure());
    if (m.paysNoAmount()) {
      // Its ceiling is none on every day, and it reads no parameter: nothing to work out for each benefit.
      return Money.zero();
    }
    Formula formula = m.descriptor().formula();
    Settings onTheDay = pinnedOn(c.date());
    return onTheDay.notInForce(m.formulaParameters()).isPresent() ? Money.zero()
        : formula.ceiling(c.basis(), onTheDay).orElse(Money.zero());
  }

  private void sortClaims() {
    int n = claims.size();
    if (n < 2) {
      return;
    }
    // The order compares what a claim can pay only between claims of one day: a claim alone on its day is
    // ranked without working it out (nor reading its formula's parameters, on which the order then does not depend).
    claims.sort(BY_DATE);
    Money[] potentials = null;
    boolean inOrder = true;
    for (int i = 1; i < n; i++) {
      Claim before = claims.get(i - 1);
      Claim c = claims.get(i);
      if (before.date().equals(c.date())) {
        if (potentials == null) {
          potentials = new Money[n];
        }
        if (potentials[i - 1] == null) {
          potentials[i - 1] = potential(before);
        }
        potentials[i] = potential(c);
        inOrder &= compareClaims(before, potentials[i - 1], c, potentials[i]) <= 0;
      }
    }
    // The measures are assessed in id order, so the claims of one day mostly arrive in order already (Guilin's
    // fourteen benefits of the as-of date): then a stable sort would leave them as they are, and is not run.
    if (inOrder && shortPaths) {
      return;
    }
    var ranked = new ArrayList<Ranked>(n);
    for (int i = 0; i < n; i++) {
      ranked.add(new Ranked(claims.get(i), potentials == null ? null : potentials[i]));
    }
    ranked.sort(CLAIM_ORDER);
    for (int i = 0; i < n; i++) {
      claims.set(i, ranked.get(i).claim());
    }
  }
}
