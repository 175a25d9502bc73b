package dev.srdi.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a quote states, read as the text means them: Arabic figures with their multiplier
 * ("50万元" is 500,000; "0.2亿元" is 20,000,000; "1000—2000万元" is 10,000,000 and 20,000,000) or their
 * rate sign ("3‰" is 0.003, "35%" is 0.35),
 * Chinese numerals ("两" is 2, "三十" is 30, "一百二十" is 120), and the doubling idioms ("翻一番" and
 * "倍增" are a factor of 2, "翻两番" of 4).
 */
public final class QuotedNumbers {
  /** A figure, or a range of two ("1000—2000万元": the multiplier and sign after the second apply to both). */
  private static final Pattern ARABIC = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)(?:\\s*[—–\\-~～至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(万|亿)?\\s*([%％‰])?");
  private static final Pattern CHINESE = Pattern.compile("([零〇一二两三四五六七八九十百千]+)\\s*(万|亿)?\\s*([%％‰])?");
  private static final Pattern DOUBLING = Pattern.compile("翻([一两二三四五])番");
  private static final String DIGITS = "零一二三四五六七八九";

  private QuotedNumbers() {}

  /** Every number of the quote, in the order it states them, as exact values. */
  public static List<BigDecimal> in(String quote) {
    var out = new ArrayList<BigDecimal>();
    Matcher arabic = ARABIC.matcher(quote);
    while (arabic.find()) {
      out.add(scaled(new BigDecimal(arabic.group(1)), arabic.group(3), arabic.group(4)));
      if (arabic.group(2) != null) {
        out.add(scaled(new BigDecimal(arabic.group(2)), arabic.group(3), arabic.group(4)));
      }
    }
    Matcher chinese = CHINESE.matcher(quote);
    while (chinese.find()) {
      out.add(scaled(BigDecimal.valueOf(chineseNumeral(chinese.group(1))), chinese.group(2), chinese.group(3)));
    }
    Matcher doubling = DOUBLING.matcher(quote);
    while (doubling.find()) {
      out.add(BigDecimal.valueOf(2).pow((int) chineseNumeral(doubling.group(1))));
    }
    if (quote.contains("倍增")) {
      out.add(BigDecimal.valueOf(2));
    }
    return List.copyOf(out);
  }

  /** Whether the quote states the value (compared as numbers: 500000 equals 500000.00). */
  public static boolean states(String quote, BigDecimal value) {
    return in(quote).stream().anyMatch(n -> n.compareTo(value) == 0);
  }

  private static BigDecimal scaled(BigDecimal n, String multiplier, String sign) {
    BigDecimal out = n;
    if ("万".equals(multiplier)) {
      out = out.multiply(BigDecimal.valueOf(10_000));
    } else if ("亿".equals(multiplier)) {
      out = out.multiply(BigDecimal.valueOf(100_000_000));
    }
    if ("%".equals(sign) || "％".equals(sign)) {
      out = out.movePointLeft(2);
    } else if ("‰".equals(sign)) {
      out = out.movePointLeft(3);
    }
    return out;
  }

  /** A Chinese numeral below ten thousand: digits and the units 十, 百, 千 ("十五" is 15, "二十" is 20). */
  static long chineseNumeral(String text) {
    long total = 0;
    long digit = 0;
    boolean sawDigit = false;
    for (char c : text.toCharArray()) {
      int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        sawDigit = true;
        continue;
      }
      long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
      total += (sawDigit ? digit : 1) * unit;
      digit = 0;
      sawDigit = false;
    }
    return total + digit;
  }
}
