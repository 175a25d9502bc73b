/** What the engine knows of an enterprise: its recognitions, its achievements and its yearly figures. */
@SrdiStyle
package dev.srdi.core.facts;

import dev.srdi.core.value.SrdiStyle;
