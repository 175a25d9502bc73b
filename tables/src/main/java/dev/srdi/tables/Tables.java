package dev.srdi.tables;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.DocumentPart;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A city's tables, read once from the YAML files of its plugin ({@code documents.yaml},
 * {@code departments.yaml}, {@code parameters.yaml}, {@code interpretations.yaml}, {@code tasks.yaml},
 * {@code duties.yaml}, {@code funds.yaml}, {@code measures.yaml}, {@code benefits.yaml}, {@code targets.yaml}, {@code clauses.yaml}, each
 * optional; docs/TABLES.md describes them). Loading fails on the first mistake with its file, line
 * and entry ({@link TableException}), and so does a measure that asks for an entry the table lacks.
 */
public final class Tables {
  private final String folder;
  private final Map<String, PolicyDocument> documents;
  private final List<Department> departments;
  private final Map<String, Parameter<?>> parameters;
  private final Map<String, Interpretation> interpretations;
  private final List<Task> tasks;
  private final List<RecurringDuty> duties;
  private final List<DeclaredFund> funds;
  private final Map<String, MeasureSheet> measures;
  private final List<BenefitSheet> benefits;
  private final Map<String, TableLoader.TargetSheet> targets;
  private final List<ClauseMark> clauseMarks;
  private final List<DocumentPart> documentParts;

  Tables(String folder, Map<String, PolicyDocument> documents, List<Department> departments,
      Map<String, Parameter<?>> parameters, Map<String, Interpretation> interpretations, List<Task> tasks,
      List<RecurringDuty> duties, Map<String, DeclaredFund> funds, Map<String, MeasureSheet> measures,
      List<BenefitSheet> benefits,
      Map<String, TableLoader.TargetSheet> targets, List<ClauseMark> clauseMarks, List<DocumentPart> documentParts) {
    this.folder = folder;
    this.documents = new LinkedHashMap<>(documents);
    this.departments = List.copyOf(departments);
    this.parameters = new LinkedHashMap<>(parameters);
    this.interpretations = new LinkedHashMap<>(interpretations);
    this.tasks = List.copyOf(tasks);
    this.duties = List.copyOf(duties);
    this.funds = List.copyOf(funds.values());
    this.measures = new LinkedHashMap<>(measures);
    this.benefits = List.copyOf(benefits);
    this.targets = new LinkedHashMap<>(targets);
    this.clauseMarks = List.copyOf(clauseMarks);
    this.documentParts = List.copyOf(documentParts);
  }

  /**
   * Reads the tables under a class-path folder of the plugin, e.g. {@code load(Guilin.class, "guilin")} for
   * {@code src/main/resources/guilin/*.yaml}.
   *
   * @param anchor a class of the plugin, whose class loader reads the files
   * @param folder the folder on the class path
   * @return the tables
   * @throws TableException on the first mistake, with its file, line and entry
   */
  public static Tables load(Class<?> anchor, String folder) {
    return TableLoader.load(anchor, folder);
  }

  /** {@return the documents of {@code documents.yaml}, in the file's order} */
  public List<PolicyDocument> documents() {
    return List.copyOf(documents.values());
  }

  /**
   * The id of the document the tables call {@code key} (their references' {@code document:}).
   *
   * @param key the document's key in {@code documents.yaml}
   * @return its id
   * @throws TableException when the tables declare no such document
   */
  public DocumentId document(String key) {
    PolicyDocument d = documents.get(key);
    if (d == null) {
      throw new TableException(folder + "/" + TableLoader.DOCUMENTS, 0, key, "no such document; declared: "
          + documents.keySet());
    }
    return d.id();
  }

  /** {@return the departments of {@code departments.yaml}, in the file's order} */
  public List<Department> departments() {
    return departments;
  }

  /** {@return the parameters of {@code parameters.yaml}, in the file's order} */
  public List<Parameter<?>> parameters() {
    return List.copyOf(parameters.values());
  }

  /**
   * The table's parameter for the measure's key: it must be there, with the key's unit.
   *
   * @param <T> the type of its values, fixed by the unit
   * @param key the id and unit the plugin reads
   * @return the parameter
   * @throws TableException when the table lacks the entry or gives it in another unit
   */
  @SuppressWarnings("unchecked")
  public <T> Parameter<T> parameter(ParameterKey<T> key) {
    Parameter<?> p = parameters.get(key.id().value());
    String file = folder + "/" + TableLoader.PARAMETERS;
    if (p == null) {
      throw new TableException(file, 0, key.id().value(), "read by the plugin (as " + key.unit()
          + ") but the table has no such entry");
    }
    if (p.unit() != key.unit()) {
      throw new TableException(file, p.source().map(s -> s.line()).orElse(0), key.id().value(), "the table gives it in "
          + p.unit() + " but the plugin reads it in " + key.unit());
    }
    return (Parameter<T>) p;
  }

  /** {@return the interpretations of {@code interpretations.yaml}, in the file's order} */
  public List<Interpretation> interpretations() {
    return List.copyOf(interpretations.values());
  }

  /**
   * The table's interpretation, which must offer every choice the plugin tests for.
   *
   * @param id the interpretation's id
   * @param choices the choices the plugin's code tests for
   * @return the interpretation
   * @throws TableException when the table lacks it or it lacks one of the choices
   */
  public Interpretation interpretation(String id, String... choices) {
    String file = folder + "/" + TableLoader.INTERPRETATIONS;
    Interpretation i = interpretations.get(id);
    if (i == null) {
      throw new TableException(file, 0, id, "read by the plugin but the table has no such entry");
    }
    Arrays.stream(choices).filter(c -> i.choice(c).isEmpty()).findFirst().ifPresent(c -> {
      throw new TableException(file, 0, id, "the plugin reads choice '" + c + "', which the table does not offer");
    });
    return i;
  }

  /** {@return the tasks of {@code tasks.yaml}, in the file's order} */
  public List<Task> tasks() {
    return tasks;
  }

  /** {@return the recurring duties of {@code duties.yaml}, in the file's order} */
  public List<RecurringDuty> duties() {
    return duties;
  }

  /** {@return the funds the measures are paid from, with their short ids, in the table's order ({@code funds.yaml})} */
  public List<DeclaredFund> funds() {
    return funds;
  }

  /**
   * The sheet of a measure written in Java.
   *
   * @param id the measure's id
   * @return its sheet
   * @throws TableException when {@code measures.yaml} has no sheet for it
   */
  public MeasureSheet measure(MeasureId id) {
    MeasureSheet sheet = measures.get(id.value());
    if (sheet == null) {
      throw new TableException(folder + "/" + TableLoader.MEASURES, 0, id.value(),
          "a measure of the plugin, but the table has no sheet for it");
    }
    return sheet;
  }

  /** {@return the non-monetary benefits of {@code benefits.yaml}, in the file's order} */
  public List<BenefitSheet> benefits() {
    return benefits;
  }

  /**
   * The targets of the table, each with the metric the plugin gives its id; both sides must match.
   *
   * @param metrics the plugin's metric for each target id
   * @return the targets, in the table's order
   * @throws TableException when a target has no metric, or a metric no target
   */
  public List<Target> targets(Map<TargetId, Metric> metrics) {
    String file = folder + "/" + TableLoader.TARGETS;
    Set<String> missing = new TreeSet<>(targets.keySet());
    metrics.keySet().forEach(id -> missing.remove(id.value()));
    if (!missing.isEmpty()) {
      TableLoader.TargetSheet first = targets.get(missing.iterator().next());
      throw new TableException(file, first.line(), first.id().value(), "the plugin gives this target no metric");
    }
    var out = new ArrayList<Target>();
    metrics.forEach((id, metric) -> {
      TableLoader.TargetSheet sheet = targets.get(id.value());
      if (sheet == null) {
        throw new TableException(file, 0, id.value(), "the plugin measures this target but the table has no entry");
      }
    });
    targets.values().forEach(sheet -> out.add(sheet.target(metrics.get(sheet.id()))));
    return List.copyOf(out);
  }

  /**
   * {@return what {@code clauses.yaml} says of clauses nothing cites: no rule, or a known gap, each with its
   * reason}
   */
  public List<ClauseMark> clauseMarks() {
    return clauseMarks;
  }

  /**
   * {@return the parts {@code clauses.yaml} declares: texts inside a document that number their clauses on
   * their own}
   */
  public List<DocumentPart> documentParts() {
    return documentParts;
  }
}
