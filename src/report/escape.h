/*
 * escape.h — internal to the report stage: escaping every input-derived
 * string for the framing it lands in (HTML text and attributes, XML; JSON
 * strings through rg_json_str).
 * Names in a schema may hold anything (`<script>`, quotes, control bytes);
 * no renderer writes one without going through these.
 */
#ifndef ROLLGATE_REPORT_ESCAPE_H
#define ROLLGATE_REPORT_ESCAPE_H

#include "rollgate/util.h"

/* HTML text and attribute values: & < > " ' escaped. */
void rg_esc_html(rg_buf *out, const char *s);
/* XML 1.0: like HTML, and the control bytes XML 1.0 forbids become U+FFFD. */
void rg_esc_xml(rg_buf *out, const char *s);

#endif
