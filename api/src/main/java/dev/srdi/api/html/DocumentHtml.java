package dev.srdi.api.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The document view as one self-contained HTML page, written from its {@code srdi-document-1} JSON so
 * that the page and the JSON can never disagree: inline CSS, no script, no fetch; the clause's words
 * beside what cites it on a wide screen, one after the other on a phone; Chinese fonts of every common
 * system, falling back to the generic families; black on white when printed.
 */
public final class DocumentHtml {
  /** The entry fields shown, in this order, with their labels; names, ids and citations are shown apart. */
  private static final List<Map.Entry<String, String>> FIELDS = List.of(
      Map.entry("amountKind", "kind 类型"),
      Map.entry("amount", "amount 金额"),
      Map.entry("cap", "cap 上限"),
      Map.entry("formula", "formula 公式"),
      Map.entry("value", "value 值"),
      Map.entry("history", "dated values 分期取值"),
      Map.entry("required", "required 要求"),
      Map.entry("period", "period 期限"),
      Map.entry("schedule", "schedule 时间"),
      Map.entry("choice", "reading 解读"),
      Map.entry("choices", "alternatives 可选解读"),
      Map.entry("fundingSource", "fund 资金来源"),
      Map.entry("leadUnits", "lead 牵头单位"),
      Map.entry("responsibleUnits", "responsible 责任单位"),
      Map.entry("stacking", "stacking 叠加规则"));

  private static final Map<String, String> STATUS = Map.of(
      "encoded", "encoded 已编码",
      "interpreted", "interpreted 按解读编码",
      "noRule", "no rule 无规则",
      "notEncoded", "not encoded 未编码");

  private static final Map<String, String> KIND = Map.of(
      "measure", "measure 措施",
      "benefit", "benefit 权益",
      "parameter", "parameter 参数",
      "interpretation", "interpretation 解读",
      "target", "target 目标",
      "task", "task 任务",
      "duty", "duty 职责");

  private static final String CSS = """
      :root{--ink:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--enc:#1e7b34;--int:#9a6700;--none:#6e7781;--gap:#b3261e}
      *{box-sizing:border-box}
      body{margin:0 auto;max-width:78rem;padding:1rem;color:var(--ink);background:#fff;line-height:1.7;
        font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",
        "WenQuanYi Micro Hei","Noto Sans SC",system-ui,-apple-system,"Segoe UI",sans-serif}
      .text,.heading,h1,h2{font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","STSong","SimSun",
        "Noto Serif SC",serif}
      h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.25rem;margin:2rem 0 .3rem;border-bottom:2px solid var(--ink)}
      .meta{color:var(--muted);font-size:.9rem}
      table.summary{border-collapse:collapse;margin:.6rem 0;font-size:.95rem}
      table.summary th,table.summary td{border:1px solid var(--line);padding:.2rem .6rem;text-align:right}
      table.summary th:first-child,table.summary td:first-child{text-align:left}
      .heading{font-weight:bold;margin:1.2rem 0 .4rem}
      .clause{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;border-top:1px solid var(--line);
        padding:.6rem 0;border-left:4px solid var(--line);padding-left:.6rem}
      .clause.encoded{border-left-color:var(--enc)}.clause.interpreted{border-left-color:var(--int)}
      .clause.noRule{border-left-color:var(--none)}.clause.notEncoded{border-left-color:var(--gap);background:#fff6f5}
      .label{font-weight:bold;margin-right:.4rem}
      .status{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:.6rem;color:#fff;margin-right:.4rem}
      .status.encoded{background:var(--enc)}.status.interpreted{background:var(--int)}
      .status.noRule{background:var(--none)}.status.notEncoded{background:var(--gap)}
      .reason{color:var(--muted);font-size:.9rem}
      mark{background:#fff0a8;padding:0 .05em}mark.d2{background:#ffd966}mark.d3{background:#f4b942}
      sup a{text-decoration:none;font-size:.7rem;padding:0 .1em}
      .entries{font-size:.88rem}
      .entry{border:1px solid var(--line);border-radius:.3rem;padding:.3rem .5rem;margin-bottom:.4rem;break-inside:avoid}
      .entry:target{outline:3px solid #f4b942}
      .entry .kind{color:var(--muted);font-size:.78rem}.entry .id{font-family:ui-monospace,Menlo,Consolas,monospace;
        font-size:.78rem;word-break:break-all}
      .entry dl{margin:.2rem 0;display:grid;grid-template-columns:max-content minmax(0,1fr);gap:0 .5rem}
      .entry dt{color:var(--muted)}.entry dd{margin:0}
      .entry ul{margin:0;padding-left:1.1rem}
      .finding{border:1px dashed var(--int);border-radius:.3rem;padding:.3rem .5rem;margin-bottom:.4rem}
      .finding.ERROR{border-color:var(--gap)}.finding.INFO{border-color:var(--none)}
      .back{font-size:.8rem}.desc{margin:.2rem 0}.scroll{overflow-x:auto}
      a{color:#0b57d0}
      @media (max-width:48rem){.clause{grid-template-columns:1fr}body{padding:.6rem}}
      @media print{body{max-width:none;padding:0;font-size:10.5pt}a{color:inherit;text-decoration:none}
        .clause{break-inside:avoid-page;background:none!important}mark{background:none;text-decoration:underline}
        .status{color:#000;border:1px solid #000;background:none!important}.back,sup{display:none}}
      """;

  private DocumentHtml() {}

  /**
   * The page.
   *
   * @param json the document view's JSON ({@code srdi-document-1})
   * @return the HTML text, ending in a line break
   */
  public static String of(ObjectNode json) {
    var out = new StringBuilder();
    String title = json.get("nameZh").asText() + " " + json.get("nameEn").asText();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append(" · 政策原文与编码 policy text and its encoding</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n")
        .append("<p class=\"meta\">每一条款及引用它的编码：措施、参数、权益、目标、任务、职责和解读。"
            + " Each clause of the text beside what encodes it.</p>\n");
    summary(out, json);
    if (json.get("checked").asBoolean()) {
      int findings = 0;
      for (JsonNode d : json.get("documents")) {
        for (JsonNode b : d.get("blocks")) {
          findings += b.has("findings") ? b.get("findings").size() : 0;
        }
      }
      out.append("<p class=\"meta\">srdi check: ").append(findings).append(" findings beside their clauses 检查结果见各条款。</p>\n");
    }
    out.append("</header>\n<main>\n");
    JsonNode documents = json.get("documents");
    for (JsonNode d : documents) {
      document(out, d);
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void summary(StringBuilder out, JsonNode json) {
    out.append("<div class=\"scroll\"><table class=\"summary\" id=\"summary\">\n<thead><tr><th>document 文件</th><th>clauses 条款</th>"
        + "<th>encoded 已编码</th><th>interpreted 按解读</th><th>no rule 无规则</th><th>not encoded 未编码</th></tr></thead>\n<tbody>\n");
    for (JsonNode d : json.get("documents")) {
      out.append("<tr><td><a href=\"#").append(Html.escape(d.get("anchor").asText())).append("\">")
          .append(Html.escape(d.get("document").get("titleZh").asText())).append("</a></td>");
      counts(out, d.get("summary"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n<tfoot><tr><td>all 合计</td>");
    counts(out, json.get("summary"));
    out.append("</tr></tfoot>\n</table></div>\n");
    for (JsonNode d : json.get("documents")) {
      for (JsonNode b : d.get("blocks")) {
        if (b.has("clause") && b.get("status").asText().equals("notEncoded")) {
          out.append("<p class=\"gap\">not encoded 未编码: <a href=\"#").append(Html.escape(b.get("anchor").asText()))
              .append("\">").append(Html.escape(b.get("clause").asText())).append("</a>")
              .append(b.has("reason") ? " — " + Html.escape(b.get("reason").asText()) : "").append("</p>\n");
        }
      }
    }
  }

  private static void counts(StringBuilder out, JsonNode s) {
    for (String key : List.of("clauses", "encoded", "interpreted", "noRule", "notEncoded")) {
      out.append("<td data-count=\"").append(key).append("\">").append(s.get(key).asInt()).append("</td>");
    }
  }

  private static void document(StringBuilder out, JsonNode d) {
    JsonNode doc = d.get("document");
    out.append("<section class=\"document\">\n<h2 id=\"").append(Html.escape(d.get("anchor").asText())).append("\">")
        .append(Html.escape(doc.get("titleZh").asText())).append("</h2>\n<p class=\"meta\">")
        .append(Html.escape(doc.get("titleEn").asText()));
    if (doc.has("number")) {
      out.append(" · ").append(Html.escape(doc.get("number").asText()));
    }
    if (doc.has("issued")) {
      out.append(" · issued 印发 ").append(Html.escape(doc.get("issued").asText()));
    }
    if (doc.has("inForceFrom") || doc.has("inForceUntil")) {
      out.append(" · in force 有效 ").append(Html.escape(doc.path("inForceFrom").asText("…"))).append(" — ")
          .append(Html.escape(doc.has("inForceUntil") ? "before " + doc.get("inForceUntil").asText() : "…"));
    }
    out.append(" · ").append(Html.escape(doc.get("id").asText())).append(".txt</p>\n");
    for (JsonNode b : d.get("blocks")) {
      if (b.has("heading")) {
        out.append("<div class=\"heading\">").append(Html.lines(b.get("heading").asText())).append("</div>\n");
      } else {
        clause(out, b);
      }
    }
    out.append("</section>\n");
  }

  private static void clause(StringBuilder out, JsonNode b) {
    String status = b.get("status").asText();
    out.append("<article class=\"clause ").append(status).append("\" id=\"").append(Html.escape(b.get("anchor").asText()))
        .append("\" data-clause=\"").append(Html.escape(b.get("clause").asText())).append("\">\n<div>\n<div>")
        .append("<span class=\"label\">").append(Html.escape(b.get("clause").asText())).append("</span>")
        .append("<span class=\"status ").append(status).append("\">").append(STATUS.get(status)).append("</span>");
    for (JsonNode i : b.get("interpretations")) {
      out.append("<span class=\"reason\">").append(Html.escape(i.asText())).append(" </span>");
    }
    if (b.has("reason")) {
      out.append("<span class=\"reason\">").append(Html.escape(b.get("reason").asText())).append("</span>");
    }
    out.append("</div>\n<div class=\"text\">")
        .append(Highlighter.mark(b.get("text").asText(), Highlighter.spans(b.get("cited")))).append("</div>\n</div>\n");
    out.append("<div class=\"entries\">\n");
    int n = 0;
    for (JsonNode c : b.get("cited")) {
      entry(out, c, ++n);
    }
    for (JsonNode f : b.get("findings")) {
      out.append("<div class=\"finding ").append(Html.escape(f.get("severity").asText())).append("\">")
          .append("<b>srdi check ").append(Html.escape(f.get("severity").asText())).append("</b> <span class=\"id\">")
          .append(Html.escape(f.get("code").asText())).append(" · ").append(Html.escape(f.get("subject").asText()))
          .append("</span><br>").append(Html.escape(f.get("message").asText())).append("</div>\n");
    }
    out.append("</div>\n</article>\n");
  }

  private static void entry(StringBuilder out, JsonNode c, int number) {
    JsonNode e = c.get("entry");
    out.append("<div class=\"entry\" id=\"").append(Html.escape(c.get("anchor").asText())).append("\" data-kind=\"")
        .append(Html.escape(c.get("kind").asText())).append("\">\n<div><b>").append(number).append(".</b> ")
        .append("<span class=\"kind\">").append(Html.escape(KIND.getOrDefault(c.get("kind").asText(), c.get("kind").asText())))
        .append("</span> ");
    if (e.has("nameZh")) {
      out.append("<b>").append(Html.escape(e.get("nameZh").asText())).append("</b> ")
          .append(Html.escape(e.path("nameEn").asText("")));
    }
    out.append("<br><span class=\"id\">").append(Html.escape(c.get("id").asText())).append("</span></div>\n");
    if (e.hasNonNull("description")) {
      out.append("<p class=\"desc\">").append(Html.escape(e.get("description").asText())).append("</p>\n");
    }
    out.append("<dl>");
    for (Map.Entry<String, String> f : FIELDS) {
      JsonNode v = e.get(f.getKey());
      if (v == null || v.isNull() || v.isArray() && v.isEmpty() || v.isObject() && v.isEmpty()) {
        continue;
      }
      if (f.getKey().equals("history") && v.size() < 2) {
        continue;
      }
      out.append("<dt>").append(Html.escape(f.getValue())).append("</dt><dd>").append(value(f.getKey(), v, e))
          .append("</dd>");
    }
    out.append("</dl>\n");
    if (c.has("span")) {
      out.append("<a class=\"back\" href=\"#").append(Html.escape(c.get("spanAnchor").asText()))
          .append("\">↑ 原文 “").append(Html.escape(c.get("quote").asText())).append("”</a>\n");
    } else {
      out.append("<span class=\"back\">quote not found in the clause 引文未见于本条款: “")
          .append(Html.escape(c.get("quote").asText())).append("”</span>\n");
    }
    out.append("</div>\n");
  }

  private static String value(String key, JsonNode v, JsonNode entry) {
    return switch (key) {
      case "amount" -> yuan(v.asText());
      case "cap" -> "≤ " + yuan(v.asText());
      case "value" -> entry.path("unit").asText().equals("yuan") ? yuan(v.asText()) : Html.escape(v.asText());
      case "history" -> list(v, step -> Html.escape(step.path("from").asText("—")) + ": "
          + (step.get("value").isNull() ? "no longer in force 失效" : entry.path("unit").asText().equals("yuan")
          ? yuan(step.get("value").asText()) : Html.escape(step.get("value").asText())));
      case "choice" -> Html.escape(v.asText()) + (entry.has("default") && entry.get("default").asText().equals(v.asText())
          ? " (default 默认)" : " (default 默认: " + Html.escape(entry.path("default").asText()) + ")");
      case "choices" -> {
        var items = new StringBuilder("<ul>");
        v.properties().forEach(f -> items.append("<li><b>").append(Html.escape(f.getKey())).append("</b>")
            .append(f.getKey().equals(entry.path("default").asText()) ? " (default 默认)" : "").append(": ")
            .append(Html.escape(f.getValue().asText())).append("</li>"));
        yield items.append("</ul>").toString();
      }
      default -> v.isArray() ? list(v, item -> Html.escape(item.asText())) : Html.escape(v.asText());
    };
  }

  private static String list(JsonNode array, java.util.function.Function<JsonNode, String> item) {
    var out = new StringBuilder(array.size() == 1 ? "" : "<ul>");
    array.forEach(x -> out.append(array.size() == 1 ? "" : "<li>").append(item.apply(x)).append(array.size() == 1 ? "" : "</li>"));
    return out.append(array.size() == 1 ? "" : "</ul>").toString();
  }

  /** "100,000.00 元", exact, as the tables show money. */
  private static String yuan(String amount) {
    var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    try {
      return format.format(new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP)) + " 元";
    } catch (NumberFormatException e) {
      return Html.escape(amount);
    }
  }
}
