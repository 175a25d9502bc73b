package dev.srdi.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a policy text: Arabic (10, 0.2, 1,000) and Chinese (三, 十五, 两千, 一百二十),
 * each with its multiplier 万 or 亿 applied, and the characters that follow it. "翻一番" (to double)
 * reads as 2 followed by "番", "翻两番" as 4.
 */
public final class ChineseNumbers {
  private static final Map<Character, Integer> DIGITS = Map.ofEntries(Map.entry('零', 0), Map.entry('〇', 0),
      Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('三', 3), Map.entry('四', 4),
      Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7), Map.entry('八', 8), Map.entry('九', 9));
  private static final Map<Character, Integer> UNITS = Map.of('十', 10, '百', 100, '千', 1000);
  private static final Pattern NUMBER = Pattern.compile(
      "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*([万亿]?)");
  private static final Pattern DOUBLING = Pattern.compile("翻([一两二三])番");
  /** "1000—2000万元", "3至5年": the first number of a range takes the second's multiplier and suffix. */
  private static final Pattern RANGE = Pattern.compile("\\s*[—－\\-~～至到]\\s*");
  private static final int SUFFIX = 4;

  private ChineseNumbers() {}

  /**
   * Every number of the text, doublings first, then in order.
   *
   * @param text a quote, e.g. "奖励10万元" or "三年内"
   * @return the numbers, written in digits or Chinese numerals, 万 and 亿 applied
   */
  public static List<QuotedNumber> in(String text) {
    var out = new ArrayList<QuotedNumber>();
    Matcher d = DOUBLING.matcher(text);
    while (d.find()) {
      int times = chinese(d.group(1)).intValueExact();
      out.add(new QuotedNumber(BigDecimal.valueOf(2).pow(times), "番", d.group()));
    }
    if (text.contains("倍增")) {
      out.add(new QuotedNumber(BigDecimal.valueOf(2), "倍", "倍增"));
    }
    var found = new ArrayList<Found>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (!isInsideDoubling(text, m.start())) {
        found.add(new Found(m.start(), m.end(), m.group(1), m.group(2), m.group()));
      }
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Found shared = f;
      // A range's first number has the multiplier and suffix of the last: 1000—2000万元, 3至5年.
      for (int k = i; k + 1 < found.size()
          && RANGE.matcher(text.substring(found.get(k).end(), found.get(k + 1).start())).matches(); k++) {
        shared = found.get(k + 1);
      }
      String multiplier = f.multiplier().isEmpty() ? shared.multiplier() : f.multiplier();
      out.add(new QuotedNumber(value(f.digits(), multiplier), suffix(text, shared.end()), f.written()));
    }
    return out;
  }

  private record Found(int start, int end, String digits, String multiplier, String written) {}

  private static BigDecimal value(String digits, String multiplier) {
    BigDecimal value = Character.isDigit(digits.charAt(0)) ? new BigDecimal(digits.replace(",", "")) : chinese(digits);
    if (multiplier.isEmpty()) {
      return value;
    }
    return value.multiply(multiplier.equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
  }

  /** The characters after a number, white space left out ("2 万元/家" reads as 2 then "元/家"). */
  private static String suffix(String text, int end) {
    String after = text.substring(end).replaceAll("\\s+", "");
    return after.substring(0, Math.min(SUFFIX, after.length()));
  }

  private static boolean isInsideDoubling(String text, int at) {
    return at > 0 && text.charAt(at - 1) == '翻' && at + 1 < text.length() && text.charAt(at + 1) == '番';
  }

  /** A Chinese numeral below 万: 三 = 3, 十五 = 15, 二十 = 20, 一百零五 = 105, 两千 = 2000. */
  static BigDecimal chinese(String numeral) {
    long total = 0;
    Long digit = null;
    for (char c : numeral.toCharArray()) {
      Integer d = DIGITS.get(c);
      if (d != null) {
        digit = d.longValue();
      } else {
        // 十 without a digit before it is 一十 ("十五" = 15).
        total += (digit == null ? 1 : digit) * UNITS.get(c);
        digit = null;
      }
    }
    return BigDecimal.valueOf(total + (digit == null ? 0 : digit));
  }
}
