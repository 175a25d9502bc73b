package dev.srdi.core.text;

/** A piece of a document in reading order: a heading that only introduces clauses, or a clause. */
public sealed interface Block permits Heading, Clause {
  /** {@return the text as shown (page breaks inside a sentence joined, line breaks between paragraphs kept)} */
  String text();
}
