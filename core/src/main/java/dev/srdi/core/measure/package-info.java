/** Measures: what a policy grants, how much, under which clause, paid from which fund and owed by whom. */
@SrdiStyle
package dev.srdi.core.measure;

import dev.srdi.core.value.SrdiStyle;
