package dev.srdi.tables;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.InterpretationId;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.Timeline;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DocumentPart;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Source;
import dev.srdi.core.policy.Window;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.responsibility.TaskId;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads the table files in the order they refer to one another, checking each entry as it goes. */
final class TableLoader {
  static final String DOCUMENTS = "documents.yaml";
  static final String DEPARTMENTS = "departments.yaml";
  static final String PARAMETERS = "parameters.yaml";
  static final String INTERPRETATIONS = "interpretations.yaml";
  static final String TASKS = "tasks.yaml";
  static final String DUTIES = "duties.yaml";
  static final String FUNDS = "funds.yaml";
  static final String MEASURES = "measures.yaml";
  static final String BENEFITS = "benefits.yaml";
  static final String TARGETS = "targets.yaml";
  static final String CLAUSES = "clauses.yaml";

  private static final Set<String> NAMES = Set.of("zh", "en");
  private static final Set<String> REFERENCE = Set.of("document", "clause", "quote");

  private final Class<?> anchor;
  private final String folder;
  private final Map<String, PolicyDocument> documents = new LinkedHashMap<>();
  private final Map<String, Parameter<?>> parameters = new LinkedHashMap<>();
  private final Set<DepartmentId> spellings = new HashSet<>();
  private final Map<String, DeclaredFund> funds = new LinkedHashMap<>();

  private TableLoader(Class<?> anchor, String folder) {
    this.anchor = anchor;
    this.folder = folder.replaceAll("^/+|/+$", "");
  }

  static Tables load(Class<?> anchor, String folder) {
    return new TableLoader(anchor, folder).load();
  }

  private Tables load() {
    // Documents first: a document's window may name a parameter (a term in years), read afterwards.
    List<Entry> documentEntries = entries(DOCUMENTS);
    documentEntries.forEach(e -> documents.put(e.id(), placeholder(e)));
    var departments = entries(DEPARTMENTS).stream().map(this::department).toList();
    entries(PARAMETERS).forEach(e -> parameters.put(e.id(), parameter(e)));
    documents.clear();
    documentEntries.forEach(e -> documents.put(e.id(), document(e)));
    documentEntries.forEach(this::checkSuccession);
    var interpretations = new LinkedHashMap<String, Interpretation>();
    entries(INTERPRETATIONS).forEach(e -> interpretations.put(e.id(), interpretation(e)));
    var tasks = entries(TASKS).stream().map(this::task).toList();
    var duties = entries(DUTIES).stream().map(this::duty).toList();
    entries(FUNDS).forEach(e -> funds.put(e.id(), fund(e)));
    var measures = new LinkedHashMap<String, MeasureSheet>();
    entries(MEASURES).forEach(e -> measures.put(e.id(), measure(e)));
    var benefits = entries(BENEFITS).stream().map(this::benefit).toList();
    var targets = new LinkedHashMap<String, TargetSheet>();
    entries(TARGETS).forEach(e -> targets.put(e.id(), target(e)));
    var marks = new ArrayList<ClauseMark>();
    var parts = new ArrayList<DocumentPart>();
    entries(CLAUSES).forEach(e -> clause(e, marks, parts));
    return new Tables(folder, documents, departments, parameters, interpretations, tasks, duties, funds, measures,
        benefits, targets, marks, parts);
  }

  private List<Entry> entries(String name) {
    String file = folder + "/" + name;
    try (InputStream in = anchor.getResourceAsStream("/" + file)) {
      return in == null ? List.of() : Entry.all(file, YamlReader.read(in, file));
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  // documents.yaml: key -> {id, title: {zh, en}, number?, issued?, inForce: {from?, until?, basis}, supersedes?}

  private PolicyDocument placeholder(Entry e) {
    return new PolicyDocument(DocumentId.of(e.text("id")), "", "", Optional.empty(), Optional.empty(),
        Window.unknown(""));
  }

  private PolicyDocument document(Entry e) {
    e.only(Set.of("id", "title", "number", "issued", "inForce", "supersedes"));
    Entry title = e.sub("title").only(NAMES);
    Entry window = e.sub("inForce").only(Set.of("from", "until", "basis"));
    Window inForce;
    try {
      inForce = new Window(window.optionalText("from").map(t -> date(window, "from", t)),
          window.optionalText("until").map(t -> date(window, "until", t)),
          template(window, "basis").renderDefaults());
    } catch (IllegalArgumentException ex) {
      throw window.error("inForce", ex.getMessage());
    }
    Optional<DocumentId> supersedes = e.optionalText("supersedes").map(key -> {
      PolicyDocument old = documents.get(key);
      if (old == null) {
        throw e.error("supersedes", "supersedes '" + key + "', which is not a declared document");
      }
      return old.id();
    });
    return new PolicyDocument(DocumentId.of(e.text("id")), title.text("zh"), title.text("en"), e.optionalText("number"),
        e.optionalText("issued").map(t -> date(e, "issued", t)), inForce, supersedes);
  }

  private void checkSuccession(Entry e) {
    PolicyDocument doc = documents.get(e.id());
    doc.supersedes().ifPresent(oldId -> {
      PolicyDocument old = documents.values().stream().filter(d -> d.id().equals(oldId)).findFirst().orElseThrow();
      if (old.inForce().until().isPresent() && doc.inForce().from().isPresent()
          && doc.inForce().from().get().isBefore(old.inForce().until().get())) {
        throw e.error("inForce", "comes into force on " + doc.inForce().from().get() + ", before the document it"
            + " supersedes ends (" + old.inForce().until().get() + "): the windows overlap");
      }
    });
  }

  // clauses.yaml: clause label -> {document, noRule: reason} | {document, notEncoded: reason}
  //               | part name -> {document, part: opening words of its title, prefixed?: false}

  private void clause(Entry e, List<ClauseMark> marks, List<DocumentPart> parts) {
    e.only(Set.of("document", "noRule", "notEncoded", "part", "prefixed"));
    String key = e.text("document");
    PolicyDocument doc = documents.get(key);
    if (doc == null) {
      throw e.error("document", "document '" + key + "' is not declared in " + DOCUMENTS + " (declared: "
          + documents.keySet() + ")");
    }
    List<String> given = java.util.stream.Stream.of("noRule", "notEncoded", "part").filter(e::has).toList();
    if (given.size() != 1) {
      throw e.error("give exactly one of noRule (a reason the clause needs no rule), notEncoded (the obligation it"
          + " carries that the plugin does not encode) or part (the opening words of a part's title), not " + given);
    }
    if (e.has("prefixed") && !given.contains("part")) {
      throw e.error("prefixed", "prefixed belongs to a part");
    }
    boolean duplicate = marks.stream().anyMatch(m -> m.document().equals(doc.id()) && m.clause().equals(e.id()))
        || parts.stream().anyMatch(p -> p.document().equals(doc.id()) && p.name().equals(e.id()));
    if (duplicate) {
      throw e.error("marked twice");
    }
    Optional<Source> source = Optional.of(new Source(e.file(), e.line()));
    switch (given.get(0)) {
      case "noRule" -> marks.add(new ClauseMark.NoRule(doc.id(), e.id(), e.text("noRule"), source));
      case "notEncoded" -> marks.add(new ClauseMark.KnownGap(doc.id(), e.id(), e.text("notEncoded"), source));
      default -> parts.add(new DocumentPart(doc.id(), e.id(), flag(e, "prefixed"), e.text("part")));
    }
  }

  private static boolean flag(Entry e, String field) {
    String text = e.optionalText(field).orElse("true");
    if (!text.equals("true") && !text.equals("false")) {
      throw e.error(field, field + " is true or false, not '" + text + "'");
    }
    return Boolean.parseBoolean(text);
  }

  // departments.yaml: name as the text writes it -> {en, alsoWrittenAs?}

  private Department department(Entry e) {
    e.only(Set.of("en", "alsoWrittenAs"));
    var d = Department.of(e.id(), e.text("en")).alsoWrittenAs(e.texts("alsoWrittenAs").toArray(String[]::new));
    d.spellings().forEach(spelling -> {
      if (!spellings.add(spelling)) {
        throw e.error("duplicate department: '" + spelling + "' is already declared");
      }
    });
    return d;
  }

  // parameters.yaml: id -> {description, metadata: {unit, reference}, value | values: {date: {value}}, derivedFrom?}

  private Parameter<?> parameter(Entry e) {
    e.only(Set.of("description", "metadata", "value", "values", "derivedFrom"));
    try {
      ParameterId.of(e.id());
    } catch (IllegalArgumentException ex) {
      throw e.error(ex.getMessage());
    }
    Entry metadata = e.sub("metadata").only(Set.of("unit", "reference"));
    String unitName = metadata.text("unit");
    Unit<?> unit = Unit.named(unitName).orElseThrow(() -> metadata.error("unit", "unknown unit '" + unitName
        + "'; known: " + Unit.all()));
    Citation citation = reference(metadata, "reference");
    return parameter(e, unit, citation);
  }

  private <T> Parameter<T> parameter(Entry e, Unit<T> unit, Citation citation) {
    Timeline<T> timeline;
    if (e.has("value") == e.has("values")) {
      throw e.error("give either value (one value for the document's whole life) or values (dated), not "
          + (e.has("value") ? "both" : "neither"));
    }
    if (e.has("value")) {
      timeline = Timeline.always(value(e, "value", unit, e.optionalText("value")
          .orElseThrow(() -> e.error("value", "value is empty"))));
    } else {
      timeline = dated(e, unit);
    }
    return new Parameter<>(ParameterId.of(e.id()), e.text("description"), unit, timeline, citation,
        e.optionalText("derivedFrom"), Optional.of(new Source(e.file(), e.line())));
  }

  private <T> Timeline<T> dated(Entry e, Unit<T> unit) {
    Node node = e.node("values").orElseThrow();
    if (!(node instanceof Node.Mapping values) || values.fields().isEmpty()) {
      throw e.error("values", "values maps start dates to {value: …}");
    }
    var steps = new ArrayList<Timeline.Step<T>>();
    LocalDate previous = null;
    for (Node.Field f : values.fields()) {
      Entry step = Entry.of(e.file(), e.id(), f.line(), f.value()).only(Set.of("value"));
      LocalDate from = date(step, null, f.key());
      if (previous != null && !from.isAfter(previous)) {
        throw step.error("dates out of order: " + from + " does not come after " + previous
            + " (each value holds until the next date, so the dates must increase)");
      }
      previous = from;
      Optional<T> value = step.optionalText("value").map(t -> value(step, "value", unit, t));
      if (steps.isEmpty() && value.isEmpty()) {
        throw step.error("the first value cannot be null (no longer in force)");
      }
      steps.add(new Timeline.Step<>(Optional.of(from), value));
    }
    return Timeline.of(steps);
  }

  private static <T> T value(Entry e, String field, Unit<T> unit, String text) {
    var parsed = unit.parse(text);
    if (parsed.isLeft()) {
      throw e.error(field, "value '" + text + "' does not fit unit " + unit + ": " + parsed.getLeft());
    }
    return parsed.get();
  }

  // interpretations.yaml: id -> {description, reference, default, choices: {id: description}}

  private Interpretation interpretation(Entry e) {
    e.only(Set.of("description", "reference", "default", "choices"));
    Entry choices = e.sub("choices");
    var list = choices.fields().stream().map(f -> {
      if (!(f.value() instanceof Node.Scalar s) || s.text().isEmpty()) {
        throw new TableException(e.file(), f.line(), e.id(), "a choice is an id and its description");
      }
      return Choice.of(f.key(), s.text().get());
    }).toList();
    try {
      return new Interpretation(InterpretationId.of(e.id()), e.text("description"), reference(e, "reference"), list,
          e.text("default"));
    } catch (IllegalArgumentException ex) {
      throw e.error(ex.getMessage());
    }
  }

  // tasks.yaml: id -> {name: {zh, en}, description, reference, lead?, responsible}

  private Task task(Entry e) {
    e.only(Set.of("name", "description", "reference", "lead", "responsible"));
    Entry name = e.sub("name").only(NAMES);
    return Task.of(e.id(), name.text("zh"), name.text("en"), e.text("description"), reference(e, "reference"),
        responsibility(e));
  }

  // duties.yaml: id -> {name: {zh, en}, schedule, reference, lead?, responsible}

  private RecurringDuty duty(Entry e) {
    e.only(Set.of("name", "schedule", "reference", "lead", "responsible"));
    Entry name = e.sub("name").only(NAMES);
    return new RecurringDuty(TaskId.of(e.id()), template(name, "zh").renderDefaults(),
        template(name, "en").renderDefaults(), schedule(e), reference(e, "reference"), responsibility(e));
  }

  /** {@code monthEnd}, {@code quarterly}, {@code {monthlyBy: 25 or a count parameter}} or {@code {yearlyBy: 12-31}}. */
  @SuppressWarnings("unchecked")
  private Schedule schedule(Entry e) {
    Node node = e.node("schedule").orElseThrow(() -> e.error("missing schedule"));
    if (node instanceof Node.Scalar s && s.text().isPresent()) {
      return switch (s.text().get()) {
        case "monthEnd" -> Schedule.monthEnd();
        case "quarterly" -> Schedule.quarterly();
        default -> throw e.error("schedule", "unknown schedule '" + s.text().get()
            + "'; write monthEnd, quarterly, {monthlyBy: day} or {yearlyBy: MM-DD}");
      };
    }
    Entry schedule = e.sub("schedule").only(Set.of("monthlyBy", "yearlyBy"));
    try {
      if (schedule.has("monthlyBy")) {
        String day = schedule.text("monthlyBy");
        Parameter<?> named = parameters.get(day);
        if (named == null) {
          return Schedule.monthlyBy(Integer.parseInt(day));
        }
        if (named.unit() != Unit.COUNT) {
          throw schedule.error("monthlyBy", "a day of the month is a count parameter, not " + named.unit());
        }
        return Schedule.monthlyBy((Parameter<Integer>) named);
      }
      return Schedule.yearlyBy(MonthDay.parse("--" + schedule.text("yearlyBy")));
    } catch (RuntimeException ex) {
      throw e.error("schedule", "unreadable schedule: " + ex.getMessage());
    }
  }

  // funds.yaml: id -> {name: {zh, en}, fundingSource, reference}

  private DeclaredFund fund(Entry e) {
    e.only(Set.of("name", "fundingSource", "reference"));
    Entry name = e.sub("name").only(NAMES);
    String shown = e.text("fundingSource");
    funds.values().stream().filter(f -> f.fundingSource().equals(shown)).findFirst().ifPresent(f -> {
      throw e.error("fundingSource", "fund " + f.id() + " already shows this funding source");
    });
    return new DeclaredFund(e.id(), name.text("zh"), name.text("en"), shown, reference(e, "reference"));
  }

  // measures.yaml: id -> {name: {zh, en}, description?, reference, fund?, lead?, responsible}

  private MeasureSheet measure(Entry e) {
    e.only(Set.of("name", "description", "reference", "fund", "lead", "responsible"));
    Entry name = e.sub("name").only(NAMES);
    String nameZh = name.text("zh");
    String nameEn = name.text("en");
    Optional<String> fundingSource = e.optionalText("fund").map(id -> {
      DeclaredFund fund = funds.get(id);
      if (fund == null) {
        throw e.error("fund", "fund '" + id + "' is not declared in " + FUNDS + " (declared: " + funds.keySet() + ")");
      }
      return fund.fundingSource();
    });
    return new MeasureSheet(MeasureId.of(e.id()), nameZh, nameEn, reference(e, "reference"), fundingSource,
        responsibility(e),
        e.has("description") ? Optional.of(template(e, "description").renderDefaults()) : Optional.empty());
  }

  // benefits.yaml: id -> {name: {zh, en}, grants, holders?, onlyIf?, reference, lead?, responsible}

  private BenefitSheet benefit(Entry e) {
    e.only(Set.of("name", "grants", "holders", "onlyIf", "reference", "lead", "responsible"));
    Entry name = e.sub("name").only(NAMES);
    return new BenefitSheet(MeasureId.of(e.id()), name.text("zh"), name.text("en"), template(e, "grants"),
        e.optionalText("holders"), e.optionalText("onlyIf"), reference(e, "reference"), responsibility(e));
  }

  // targets.yaml: id -> {name: {zh, en}, reference, lead?, responsible, requirement, period}

  /** A target as the table writes it, waiting for the metric the plugin measures it by. */
  record TargetSheet(TargetId id, int line, String nameZh, String nameEn, Citation citation,
      Responsibility responsibility, Parameter<?> requirement, TargetPeriod period) {
    Target target(Metric metric) {
      return new Target(id, nameZh, nameEn, citation, responsibility, requirement, period, metric);
    }
  }

  private TargetSheet target(Entry e) {
    e.only(Set.of("name", "reference", "lead", "responsible", "requirement", "period"));
    Entry name = e.sub("name").only(NAMES);
    Parameter<?> requirement = declaredParameter(e, "requirement");
    if (requirement.unit() != Unit.COUNT && requirement.unit() != Unit.PERCENT && requirement.unit() != Unit.FACTOR) {
      throw e.error("requirement", "a target requires a count, a percent or a factor, not " + requirement.unit());
    }
    return new TargetSheet(TargetId.of(e.id()), e.line(), name.text("zh"), name.text("en"), reference(e, "reference"),
        responsibility(e), requirement, period(e));
  }

  /** {@code everyYear}, {@code {within: years-parameter, from: words}} or {@code {by: date-parameter}}. */
  @SuppressWarnings("unchecked")
  private TargetPeriod period(Entry e) {
    Node node = e.node("period").orElseThrow(() -> e.error("missing period"));
    if (node instanceof Node.Scalar s && s.text().filter("everyYear"::equals).isPresent()) {
      return TargetPeriod.everyYear();
    }
    if (node instanceof Node.Scalar) {
      throw e.error("period", "write everyYear, {within: parameter, from: words} or {by: parameter}");
    }
    Entry period = e.sub("period").only(Set.of("within", "from", "by"));
    if (period.has("by")) {
      Parameter<?> deadline = declaredParameter(period, "by");
      if (deadline.unit() != Unit.DATE) {
        throw period.error("by", "a deadline is a date parameter, not " + deadline.unit());
      }
      return TargetPeriod.by((Parameter<LocalDate>) deadline);
    }
    Parameter<?> years = declaredParameter(period, "within");
    if (years.unit() != Unit.YEARS) {
      throw period.error("within", "a term is a years parameter, not " + years.unit());
    }
    return TargetPeriod.within((Parameter<Integer>) years, period.text("from"));
  }

  // shared fields

  private Parameter<?> declaredParameter(Entry e, String field) {
    String id = e.text(field);
    Parameter<?> p = parameters.get(id);
    if (p == null) {
      throw e.error(field, field + " names parameter " + id + ", which is not declared in " + PARAMETERS);
    }
    return p;
  }

  /** {@code reference: {document: key, clause, quote}}: every entry cites its clause. */
  private Citation reference(Entry e, String field) {
    if (!e.has(field)) {
      throw e.error("missing reference: every entry cites its document, clause and quote: add reference: {document:"
          + " <key in " + DOCUMENTS + ">, clause: \"…\", quote: \"…\"}");
    }
    if (!(e.node(field).orElseThrow() instanceof Node.Mapping)) {
      throw e.error(field, field + " is not a citation: write " + field + ": {document: <key in " + DOCUMENTS
          + ">, clause: \"…\", quote: \"…the exact words of the text…\"}");
    }
    Entry ref = e.sub(field).only(REFERENCE);
    String key = ref.text("document");
    PolicyDocument doc = documents.get(key);
    if (doc == null) {
      throw ref.error("document", "document '" + key + "' is not declared in " + DOCUMENTS + " (declared: "
          + documents.keySet() + ")");
    }
    return Citation.of(doc.id(), ref.text("clause"), ref.text("quote"));
  }

  /** {@code lead} (牵头单位) and {@code responsible} (责任单位), each a department the table declares. */
  private Responsibility responsibility(Entry e) {
    Function<String, List<String>> declared = field -> {
      List<String> names = e.texts(field);
      names.stream().filter(n -> !spellings.contains(DepartmentId.of(n))).findFirst().ifPresent(n -> {
        throw e.error(field, "department '" + n + "' is not declared in " + DEPARTMENTS);
      });
      return names;
    };
    return Responsibility.ledBy(declared.apply("lead"), declared.apply("responsible"));
  }

  private Template template(Entry e, String field) {
    return Template.of(e.text(field), parameters, e, field);
  }

  private static LocalDate date(Entry e, String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException ex) {
      throw field == null ? e.error("'" + text + "' is not a date (YYYY-MM-DD)")
          : e.error(field, "'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}
