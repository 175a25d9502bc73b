package dev.srdi.core.parameter;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * The parameter values and interpretation choices one evaluation runs with: the declared defaults,
 * changed by a what-if's overrides. Reading a parameter or interpretation that the jurisdiction did
 * not declare is a plugin bug and fails loudly, so that every number a measure uses is listed.
 *
 * <p>Values are dated: {@link #on} gives the settings of one day, on which every read takes the value
 * in force that day (a measure reads on the date of the event that earns an entitlement, the engine
 * its formula on the claim's date). Settings that are not pinned read each parameter's most recent
 * value (a catalogue, a description), except the ones the engine hands a measure
 * ({@link #readOnEventDays}), which must be pinned first. An override {@code id=value} replaces the
 * parameter's whole history; {@code id=value@2025-01-01} changes it from that day on.
 */
public final class Settings {
  private final Map<ParameterId, Parameter<?>> parameters;
  private final ChangedValues values;
  private final Map<ParameterId, String> changes;
  private final Map<InterpretationId, Interpretation> interpretations;
  private final Map<InterpretationId, String> choices;
  /** The day every parameter is read on, when the settings are pinned to one ({@link #on}); else null. */
  private final LocalDate day;
  /** Where reads of revised parameters are logged, when a measure reads these settings; else null. */
  private final ParameterReads reads;
  /** Where every parameter and interpretation asked about is recorded ({@link #recording}); else null. */
  private final ReadRecord record;
  /**
   * The settings pinned to the days last asked for, one a year ({@link #on}), when these are one evaluation's own
   * (they log to a {@link ParameterReads}, which one thread uses for one enterprise); always null for settings
   * shared between threads, so that those hold nothing they would write. Made on the first day asked for, and
   * shared with the settings pinned from these, which differ only in their day.
   *
   * <p>Why: a measure reads on the end of each year it assesses and the next measure reads the same year ends
   * again (Xiangxiang's pin the settings about ten times an enterprise), so the same settings are handed back
   * instead of made again. Not synchronised: a {@code Settings} has final fields (this memo apart), so a thread
   * that sees a kept one sees all of it, and one that does not pins the day again; either reads alike.
   */
  private Settings[] pinnedByYear;
  /** Slots of {@link #pinnedByYear}, a power of two: an enterprise's years of figures and the as-of year fit. */
  private static final int PINNED_YEARS = 4;

  private Settings(
      Map<ParameterId, Parameter<?>> parameters,
      ChangedValues values,
      Map<ParameterId, String> changes,
      Map<InterpretationId, Interpretation> interpretations,
      Map<InterpretationId, String> choices,
      LocalDate day,
      ParameterReads reads,
      ReadRecord record,
      Settings[] pinnedByYear) {
    this.parameters = parameters;
    this.values = values;
    this.changes = changes;
    this.interpretations = interpretations;
    this.choices = choices;
    this.day = day;
    this.reads = reads;
    this.record = record;
    this.pinnedByYear = pinnedByYear;
  }

  /**
   * The declared defaults, unchanged.
   *
   * @param parameters the jurisdiction's parameters
   * @param interpretations the jurisdiction's interpretations
   * @return the settings, not pinned to a day
   * @throws IllegalStateException when the declarations themselves are inconsistent
   */
  public static Settings defaults(Collection<Parameter<?>> parameters, Collection<Interpretation> interpretations) {
    var resolved = resolve(parameters, interpretations, Overrides.none());
    if (resolved.isInvalid()) {
      throw new IllegalStateException(resolved.getError().map(OverrideProblem::message).mkString("; "));
    }
    return resolved.get();
  }

  /**
   * Applies the overrides, reporting every unknown id and unreadable value at once.
   *
   * @param parameters the jurisdiction's parameters
   * @param interpretations the jurisdiction's interpretations
   * @param overrides the what-if's changes as written
   * @return the settings, not pinned to a day, or every problem of the overrides in the order of their ids
   */
  public static Validation<Seq<OverrideProblem>, Settings> resolve(
      Collection<Parameter<?>> parameters, Collection<Interpretation> interpretations, Overrides overrides) {
    var declared = new LinkedHashMap<String, Parameter<?>>();
    parameters.forEach(p -> declared.put(p.id().value(), p));
    var declaredInterpretations = new LinkedHashMap<String, Interpretation>();
    interpretations.forEach(i -> declaredInterpretations.put(i.id().value(), i));

    Seq<OverrideProblem> errors = List.empty();
    var values = ChangedValues.none();
    var changes = new TreeMap<ParameterId, String>();
    for (var entry : new TreeMap<>(overrides.parameters()).entrySet()) {
      Parameter<?> parameter = declared.get(entry.getKey());
      if (parameter == null) {
        errors = errors.append(new OverrideProblem.UnknownParameter(entry.getKey(),
            NearestNames.to(entry.getKey(), declared.keySet())));
        continue;
      }
      var changed = override(parameter, entry.getValue());
      if (changed.isLeft()) {
        errors = errors.append(changed.getLeft());
      } else {
        values = changed.get().into(values);
        changes.put(parameter.id(), changed.get().described());
      }
    }
    var choices = new TreeMap<InterpretationId, String>();
    for (var entry : new TreeMap<>(overrides.interpretations()).entrySet()) {
      Interpretation interpretation = declaredInterpretations.get(entry.getKey());
      if (interpretation == null) {
        errors = errors.append(new OverrideProblem.UnknownInterpretation(entry.getKey(),
            NearestNames.to(entry.getKey(), declaredInterpretations.keySet())));
      } else if (interpretation.choice(entry.getValue()).isEmpty()) {
        errors = errors.append(new OverrideProblem.UnknownChoice(interpretation.id(), entry.getValue(),
            interpretation.choices().stream().map(Choice::id).toList()));
      } else {
        choices.put(interpretation.id(), entry.getValue());
      }
    }
    var byId = new LinkedHashMap<ParameterId, Parameter<?>>();
    parameters.forEach(p -> byId.put(p.id(), p));
    var interpretationsById = new LinkedHashMap<InterpretationId, Interpretation>();
    interpretations.forEach(i -> interpretationsById.put(i.id(), i));
    return errors.isEmpty()
        ? Validation.valid(new Settings(Map.copyOf(byId), values, changes, Map.copyOf(interpretationsById), choices,
            null, null, null, null))
        : Validation.invalid(errors);
  }

  /** An override as read: the parameter's new history, and how a what-if result echoes it. */
  private record Changed<T>(ParameterKey<T> key, Timeline<T> timeline, String described) {
    ChangedValues into(ChangedValues values) {
      return values.with(key, timeline);
    }
  }

  /** {@code value} for the whole history, or {@code value@YYYY-MM-DD} from that day on. */
  private static <T> io.vavr.control.Either<OverrideProblem, Changed<T>> override(Parameter<T> parameter, String text) {
    int at = text.lastIndexOf('@');
    String valueText = at < 0 ? text : text.substring(0, at);
    var parsed = parameter.unit().parse(valueText);
    if (parsed.isLeft()) {
      return io.vavr.control.Either.left(new OverrideProblem.UnreadableValue(parameter.id(), text,
          parameter.unit().name(), parameter.formatDefault(), parsed.getLeft()));
    }
    if (at < 0) {
      return io.vavr.control.Either.right(new Changed<>(parameter.key(), Timeline.always(parsed.get()),
          parameter.unit().format(parsed.get())));
    }
    String dateText = text.substring(at + 1).trim();
    try {
      LocalDate from = LocalDate.parse(dateText);
      return io.vavr.control.Either.right(new Changed<>(parameter.key(), parameter.values().from(from, parsed.get()),
          parameter.unit().format(parsed.get()) + " from " + from));
    } catch (DateTimeParseException e) {
      return io.vavr.control.Either.left(new OverrideProblem.UnreadableDate(parameter.id(), text, dateText));
    }
  }

  /**
   * The same settings, reading every parameter on the day.
   *
   * @param date the day, e.g. the date of the event that earns an entitlement
   * @return the pinned settings
   */
  public Settings on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // Measures pin the settings they were given to a day again and again; pinned to that day already, they are these.
    if (date.equals(day)) {
      return this;
    }
    if (reads == null) {
      return new Settings(parameters, values, changes, interpretations, choices, date, reads, record, null);
    }
    Settings[] kept = pinnedByYear;
    if (kept == null) {
      kept = new Settings[PINNED_YEARS];
      pinnedByYear = kept;
    }
    int slot = date.getYear() & (PINNED_YEARS - 1);
    Settings pinned = kept[slot];
    if (pinned == null || !date.equals(pinned.day)) {
      pinned = new Settings(parameters, values, changes, interpretations, choices, date, reads, record, kept);
      kept[slot] = pinned;
    }
    return pinned;
  }

  /**
   * The same settings as a measure reads them: a parameter can only be read on a day ({@link #on}, the
   * date of the event that earns the entitlement), never as "the latest value", and every read of a
   * revised parameter is logged, by day, so that the engine can name the value and its date in the
   * explanation. Interpretation choices are not dated and read as before.
   *
   * @param log where each read of a revised parameter is recorded
   * @return the settings a measure is given
   */
  public Settings readOnEventDays(ParameterReads log) {
    Objects.requireNonNull(log, "log");
    return new Settings(parameters, values, changes, interpretations, choices, null, log, record, null);
  }

  /**
   * The same settings, recording every parameter and interpretation asked about, in these settings and in every
   * settings made from them ({@link #on}, {@link #readOnEventDays}): what an evaluation under them can depend on.
   *
   * @param into where the reads are recorded (one evaluation's own)
   * @return the recording settings
   */
  public Settings recording(ReadRecord into) {
    Objects.requireNonNull(into, "into");
    // The days kept so far record elsewhere: these settings keep days of their own.
    return new Settings(parameters, values, changes, interpretations, choices, day, reads, into, null);
  }

  /**
   * Whether these settings read every parameter and interpretation as the other do: made from the same resolved
   * defaults and overrides ({@link #on}, {@link #readOnEventDays} and {@link #recording} keep them) and pinned to
   * the same day, if any; what either logs or records does not count. So that what is worked out from the values
   * alone (an engine's covered periods) is worked out once for all the settings that read alike. Settings
   * resolved apart from each other never read alike here, even from equal overrides.
   *
   * @param other other settings
   * @return true when every read gives the same answer under both
   */
  public boolean readsAlike(Settings other) {
    return parameters == other.parameters && values == other.values && interpretations == other.interpretations
        && choices == other.choices && Objects.equals(day, other.day);
  }

  /** {@return the day these settings read parameters on, if they are pinned to one} */
  public Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }

  /**
   * The value in force on the pinned day, or the most recent one; a parameter that is not in force that day is
   * a plugin bug here (a measure checks {@link #inForce} first where that can happen).
   *
   * @param <T> the parameter's value type
   * @param parameter a parameter its jurisdiction declares
   * @return the value, overrides applied
   * @throws IllegalStateException when the parameter is not declared, or not in force on the pinned day
   */
  public <T> T value(Parameter<T> parameter) {
    Timeline<T> timeline = timeline(parameter);
    if (day == null) {
      if (reads != null) {
        throw new IllegalStateException("parameter " + parameter.id() + " is read without a date: a measure reads it"
            + " on the date of the event that earns the entitlement (context.on(date))");
      }
      return timeline.latest();
    }
    if (reads != null && timeline.isRevised()) {
      reads.add(day, parameter);
    }
    // Read for every threshold and amount of every enterprise: nothing allocated on the way.
    T value = timeline.valueOnOrNull(day);
    if (value == null) {
      throw new IllegalStateException("parameter " + parameter.id() + " is not in force on " + day + " ("
          + timeline.describe(parameter.unit()::format) + ")");
    }
    return value;
  }

  /**
   * Whether the parameter has a value on the pinned day (always, when the settings are not pinned).
   *
   * @param parameter a declared parameter
   * @return true when {@link #value} can read it
   */
  public boolean inForce(Parameter<?> parameter) {
    return day == null || timeline(parameter).valueOnOrNull(day) != null;
  }

  /**
   * Why a measure that reads these parameters cannot pay on the pinned day, if one is not in force then.
   *
   * @param read the parameters the measure reads
   * @return e.g. "x is not in force on 2024-01-01 (…)", for the first that is not; empty when all are
   */
  public Optional<String> notInForce(Collection<Parameter<?>> read) {
    // Asked for every claim and every year a measure assesses: nothing built, not even an iterator, unless a
    // parameter is out of force.
    if (read instanceof java.util.List<Parameter<?>> list && read instanceof RandomAccess) {
      for (int i = 0; i < list.size(); i++) {
        if (!inForce(list.get(i))) {
          return Optional.of(notInForceReason(list.get(i)));
        }
      }
      return Optional.empty();
    }
    for (Parameter<?> p : read) {
      if (!inForce(p)) {
        return Optional.of(notInForceReason(p));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether every one of the parameters is in force on every day, as these settings read them (one undated value,
   * overrides applied): then {@link #notInForce} is empty whatever day the settings are pinned to, and a measure
   * that asks it for each year of an enterprise may ask this once instead. Each parameter is asked about as
   * {@link #notInForce} asks (recording settings record it), so ask only where a year will be assessed.
   *
   * @param read the parameters a measure reads
   * @return true when none can be out of force on any day
   */
  public boolean inForceEveryDay(Collection<Parameter<?>> read) {
    for (Parameter<?> p : read) {
      if (!timeline(p).isInForceEveryDay()) {
        return false;
      }
    }
    return true;
  }

  /** Only for settings pinned to a day: unpinned ones hold every parameter in force. */
  private String notInForceReason(Parameter<?> p) {
    return p.id() + " is not in force on " + day + " (" + describe(p) + ")";
  }

  private <T> String describe(Parameter<T> p) {
    return timeline(p).describe(p.unit()::format);
  }

  /**
   * The parameter's history as these settings read it: its table's, changed by any override.
   *
   * @param <T> the parameter's value type
   * @param parameter a parameter its jurisdiction declares
   * @return the history
   * @throws IllegalStateException when the parameter is not declared, or is read under another unit than it was
   *     changed in
   */
  public <T> Timeline<T> timeline(Parameter<T> parameter) {
    requireDeclared(parameter);
    // Every question about a parameter (its value, whether it is in force, its source) comes through here.
    if (record != null) {
      record.parameter(parameter.id());
    }
    // Without overrides (the defaults, every record of a JSON Lines run) the parameter's own history, looked up in
    // nothing and allocating nothing.
    return values.timelineOf(parameter);
  }

  /**
   * For an explanation: which value a revised parameter took on the pinned day and since when, e.g.
   * "guilin.x = 120000.00 (in force from 2024-07-01)", or for the undated first value "… (in force
   * until 2024-07-01)"; empty for a parameter with one value, whose explanations stay as they were.
   *
   * @param <T> the parameter's value type
   * @param parameter a declared parameter
   * @return the source, or empty when the settings are not pinned or the parameter was never revised
   */
  public <T> Optional<String> valueSource(Parameter<T> parameter) {
    Timeline<T> timeline = timeline(parameter);
    if (day == null || !timeline.isRevised()) {
      return Optional.empty();
    }
    return timeline.stepOn(day).flatMap(step -> step.value().map(v -> parameter.id() + " = "
        + parameter.unit().format(v) + step.from().map(d -> " (in force from " + d + ")")
            .orElseGet(() -> " (in force until " + timeline.steps().get(1).from().orElseThrow() + ")")));
  }

  /**
   * The reading in force: the what-if's choice, or the interpretation's default.
   *
   * @param interpretation an interpretation its jurisdiction declares
   * @return the choice's id
   * @throws IllegalStateException when the interpretation is not declared
   */
  public String choice(Interpretation interpretation) {
    if (!interpretations.containsKey(interpretation.id())) {
      throw new IllegalStateException("interpretation " + interpretation.id() + " is read but not declared by its jurisdiction");
    }
    if (record != null) {
      record.interpretation(interpretation.id());
    }
    return choices.getOrDefault(interpretation.id(), interpretation.defaultChoice());
  }

  /**
   * Whether the reading in force is that one.
   *
   * @param interpretation a declared interpretation
   * @param choiceId a choice's id
   * @return true when it is the choice in force
   */
  public boolean chose(Interpretation interpretation, String choiceId) {
    return choice(interpretation).equals(choiceId);
  }

  /**
   * The parameters changed from their defaults, as id to formatted value ("5‰", or "5‰ from 2025-01-01" for a
   * change from a date), sorted by id.
   *
   * @return a copy, empty for the defaults
   */
  public Map<ParameterId, String> changedParameters() {
    if (record != null) {
      record.everything();
    }
    return new TreeMap<>(changes);
  }

  /** {@return the interpretations a what-if chose, as id to choice id, sorted by id; a copy} */
  public Map<InterpretationId, String> changedInterpretations() {
    if (record != null) {
      record.everything();
    }
    return new TreeMap<>(choices);
  }

  private void requireDeclared(Parameter<?> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    if (!parameters.containsKey(parameter.id())) {
      throw new IllegalStateException("parameter " + parameter.id() + " is read but not declared by its jurisdiction");
    }
  }
}
