package dev.srdi.core.text;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;

/** Something a plugin declares that cites a clause: a measure, a benefit, a parameter, an interpretation, a target, a task or a duty. */
public sealed interface Citing {
  /** {@return its id, unique within its kind} */
  String id();

  /** {@return the clause and words it cites} */
  Citation citation();

  /** {@return its kind, as the document's JSON names it ({@code measure}, {@code parameter}, …)} */
  String kind();

  /**
   * Calls the visitor's method for this kind of entry.
   *
   * @param <R> what the visitor answers
   * @param visitor the visitor
   * @return its answer
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of entry, so that a renderer handles every kind (a new kind breaks it at compile time).
   *
   * @param <R> what the visitor answers
   */
  interface Visitor<R> {
    /**
     * The answer for a measure or benefit.
     *
     * @param m the entry
     * @return the answer
     */
    R measure(OfMeasure m);

    /**
     * The answer for a parameter.
     *
     * @param p the entry
     * @return the answer
     */
    R parameter(OfParameter p);

    /**
     * The answer for an interpretation.
     *
     * @param i the entry
     * @return the answer
     */
    R interpretation(OfInterpretation i);

    /**
     * The answer for a target.
     *
     * @param t the entry
     * @return the answer
     */
    R target(OfTarget t);

    /**
     * The answer for a task.
     *
     * @param t the entry
     * @return the answer
     */
    R task(OfTask t);

    /**
     * The answer for a recurring duty.
     *
     * @param d the entry
     * @return the answer
     */
    R duty(OfDuty d);
  }

  /**
   * A monetary measure an enterprise earns, or one assessed over the portfolio.
   *
   * @param descriptor the measure
   * @param portfolio whether it is assessed over the portfolio (a park measure)
   */
  record OfMeasure(MeasureDescriptor descriptor, boolean portfolio) implements Citing {
    @Override public String id() {
      return descriptor.id().value();
    }

    @Override public Citation citation() {
      return descriptor.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.measure(this);
    }

    @Override public String kind() {
      return descriptor.isMonetary() ? "measure" : "benefit";
    }
  }

  /**
   * A named number of the text.
   *
   * @param parameter the parameter
   */
  record OfParameter(Parameter<?> parameter) implements Citing {
    @Override public String id() {
      return parameter.id().value();
    }

    @Override public Citation citation() {
      return parameter.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.parameter(this);
    }

    @Override public String kind() {
      return "parameter";
    }
  }

  /**
   * A reading of a clause that leaves a point open.
   *
   * @param interpretation the interpretation
   */
  record OfInterpretation(Interpretation interpretation) implements Citing {
    @Override public String id() {
      return interpretation.id().value();
    }

    @Override public Citation citation() {
      return interpretation.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.interpretation(this);
    }

    @Override public String kind() {
      return "interpretation";
    }
  }

  /**
   * A numeric target.
   *
   * @param target the target
   */
  record OfTarget(Target target) implements Citing {
    @Override public String id() {
      return target.id().value();
    }

    @Override public Citation citation() {
      return target.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.target(this);
    }

    @Override public String kind() {
      return "target";
    }
  }

  /**
   * A task given to departments.
   *
   * @param task the task
   */
  record OfTask(Task task) implements Citing {
    @Override public String id() {
      return task.id().value();
    }

    @Override public Citation citation() {
      return task.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.task(this);
    }

    @Override public String kind() {
      return "task";
    }
  }

  /**
   * A duty that recurs on a schedule.
   *
   * @param duty the duty
   */
  record OfDuty(RecurringDuty duty) implements Citing {
    @Override public String id() {
      return duty.id().value();
    }

    @Override public Citation citation() {
      return duty.citation();
    }

    @Override public <R> R accept(Visitor<R> visitor) {
      return visitor.duty(this);
    }

    @Override public String kind() {
      return "duty";
    }
  }
}
