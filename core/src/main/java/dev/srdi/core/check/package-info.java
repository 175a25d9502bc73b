/**
 * The policy check: a static linter over a jurisdiction's declared policy (caps that never bind,
 * brackets with gaps or overlaps, unlinked awards for one event, numbers that differ from their quote,
 * dates outside a document's window, amount kinds against their wording, interpretations that change
 * nothing), each finding with its clause and in plain words.
 */
@SrdiStyle
package dev.srdi.core.check;

import dev.srdi.core.value.SrdiStyle;
