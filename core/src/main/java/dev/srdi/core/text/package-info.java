/**
 * A policy document as a reader sees it: its text split into the clauses its citations name, each
 * clause beside what cites it, and the coverage of the text (encoded, encoded with a named
 * interpretation, no rule, not encoded). The command and a server render the same model.
 */
package dev.srdi.core.text;
