package dev.srdi.testkit;

import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans a plugin's compiled classes for the literals a city's tables should hold: an amount, rate,
 * threshold or count written as text ("100000", "0.2", "10万"), an ISO date, a year or another number
 * pushed on the stack (2022, 50), or a department's name. Each finding names the source file, the line
 * and the class and method it is in. Numbers 0–5, and the calendar and unit constants 12, 31, 100 and
 * 1000 (a year's last day, percent and permille) are not a city's and are let through.
 */
public final class LiteralScan {
  private static final Pattern NUMBER_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?\\s*[万亿]?\\s*(元|%|‰)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** An amount or rate inside words ("“50万元以上”"): a number of the text that belongs in the tables. */
  private static final Pattern QUOTED_AMOUNT = Pattern.compile("\\d+(\\.\\d+)?\\s*(万元|亿元|万|亿|%|‰)");
  private static final Set<Integer> ALLOWED = Set.of(12, 31, 100, 1000);

  private LiteralScan() {}

  /** The findings in every class of the plugin's own code (its jar or classes folder, tests left out). */
  public static List<String> plugin(Jurisdiction j) {
    String packagePath = j.getClass().getPackageName().replace('.', '/');
    List<String> departments = j.departments().stream().flatMap(Department::spellings).map(DepartmentId::value).toList();
    var findings = new ArrayList<String>();
    classFiles(j.getClass(), packagePath).forEach(bytes -> scan(bytes, departments, findings));
    return findings;
  }

  /** The findings in the given classes, with these department names forbidden. */
  public static List<String> classes(List<String> departments, Class<?>... classes) {
    var findings = new ArrayList<String>();
    for (Class<?> c : classes) {
      try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        scan(in.readAllBytes(), departments, findings);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return findings;
  }

  private static List<byte[]> classFiles(Class<?> anchor, String packagePath) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      var out = new ArrayList<byte[]>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location.resolve(packagePath))) {
          for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
            out.add(Files.readAllBytes(p));
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (var entry : jar.stream().filter(e -> e.getName().startsWith(packagePath) && e.getName().endsWith(".class"))
              .sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
            try (InputStream in = jar.getInputStream(entry)) {
              out.add(in.readAllBytes());
            }
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isWhole(Number n) {
    return (n instanceof Integer || n instanceof Long) && n.longValue() == n.intValue();
  }

  /** A class's findings in the order of their lines, whatever the order of its methods in the class file. */
  private static void scan(byte[] bytes, List<String> departments, List<String> findings) {
    var found = new ArrayList<String>();
    scanInto(bytes, departments, found);
    found.sort(java.util.Comparator.comparingInt(LiteralScan::lineOf));
    findings.addAll(found);
  }

  private static int lineOf(String finding) {
    String[] parts = finding.split(":", 3);
    return Integer.parseInt(parts[1]);
  }

  private static void scanInto(byte[] bytes, List<String> departments, List<String> findings) {
    new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
      private String className = "";
      private String sourceFile = "";
      private boolean isEnum;

      @Override
      public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name.replace('/', '.');
        isEnum = (access & Opcodes.ACC_ENUM) != 0;
      }

      @Override
      public void visitSource(String source, String debug) {
        sourceFile = source;
      }

      @Override
      public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          private int line;
          /** A number pushed last, reported unless it turns out to be an array's size. */
          private String pending;
          private boolean afterDup;
          /** In an enum's initialiser, the number after a constant's name is its ordinal. */
          private boolean afterEnumName;
          private final boolean enumInitialiser = isEnum && method.equals("<clinit>");

          @Override
          public void visitLineNumber(int number, Label start) {
            line = number;
          }

          /** Any instruction but an array creation confirms the pending number; a DUP may start an index. */
          private void next(boolean dup) {
            if (pending != null) {
              findings.add(pending);
              pending = null;
            }
            afterDup = dup;
            afterEnumName = false;
          }

          @Override
          public void visitInsn(int opcode) {
            next(opcode == Opcodes.DUP);
          }

          @Override
          public void visitVarInsn(int opcode, int index) {
            next(false);
          }

          @Override
          public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.ANEWARRAY) {
              pending = null;
            }
            next(false);
          }

          @Override
          public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            next(false);
          }

          @Override
          public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            next(false);
          }

          @Override
          public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
              Object... arguments) {
            next(false);
          }

          @Override
          public void visitJumpInsn(int opcode, Label label) {
            next(false);
          }

          @Override
          public void visitEnd() {
            next(false);
          }

          @Override
          public void visitLdcInsn(Object value) {
            next(false);
            afterEnumName = enumInitialiser && value instanceof String;
            if (value instanceof String s) {
              if (NUMBER_TEXT.matcher(s.trim()).matches() || ISO_DATE.matcher(s.trim()).matches()) {
                report("the number \"" + s + "\"");
              } else if (QUOTED_AMOUNT.matcher(s).find()) {
                report("the amount or rate in \"" + s + "\"");
              }
              departments.stream().filter(s::contains).findFirst()
                  .ifPresent(d -> report("the department name " + d + " (in \"" + s + "\")"));
            } else if (value instanceof Number n && !(isWhole(n) && ALLOWED.contains(n.intValue()))) {
              report("the number " + n);
            }
          }

          @Override
          public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.NEWARRAY) {
              pending = null;
              next(false);
              return;
            }
            boolean index = afterDup || afterEnumName;
            next(false);
            // After a DUP of an array, a pushed number is the index of a varargs element, not a value.
            if ((opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) && !index && !ALLOWED.contains(operand)) {
              pending = message("the number " + operand);
            }
          }

          private void report(String what) {
            findings.add(message(what));
          }

          private String message(String what) {
            return sourceFile + ":" + line + ": " + className + "." + method + ": " + what
                + " is a city's literal; put it in the plugin's tables and read it by its key";
          }
        };
      }
    }, 0);
  }
}
