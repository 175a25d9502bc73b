package dev.srdi.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --year}: a calendar year from 1900 to 2100. A year outside the range cannot be one that a
 * policy document pays for, and would only give empty results with exit 0; it is a usage error.
 */
public final class YearConverter implements ITypeConverter<Integer> {
  public static final int FIRST = 1900;
  public static final int LAST = 2100;

  @Override
  public Integer convert(String text) {
    int year;
    try {
      year = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a year (YYYY, " + FIRST + " to " + LAST + ")");
    }
    if (year < FIRST || year > LAST) {
      throw new TypeConversionException("'" + text + "' is not a year from " + FIRST + " to " + LAST);
    }
    return year;
  }
}
