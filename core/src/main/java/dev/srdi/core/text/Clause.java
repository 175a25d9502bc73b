package dev.srdi.core.text;

import java.util.Objects;

/**
 * One clause of a document: the label its citations use ("二、（三）", "专精特新培育计划 三、（二）6",
 * "末段", "标题", "前言", "通知") and its words.
 *
 * @param label the label
 * @param text its words, paragraphs separated by a line break
 */
public record Clause(String label, String text) implements Block {
  /**
   * Rejects a missing value.
   *
   * @param label the clause's label
   * @param text its words
   */
  public Clause {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
