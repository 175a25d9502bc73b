package dev.srdi.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.srdi.core.policy.JurisdictionId;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ForwardingJurisdictionTest {
  private static final class Same extends ForwardingJurisdiction {
    Same(Jurisdiction delegate) {
      super(delegate);
    }
  }

  @Test
  void every_method_of_a_jurisdiction_is_forwarded_so_that_one_added_later_is_not_forgotten() {
    var missing = new ArrayList<String>();
    for (Method m : Jurisdiction.class.getMethods()) {
      try {
        ForwardingJurisdiction.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(m.getName());
      }
    }
    assertEquals(List.of(), missing, "methods of Jurisdiction that ForwardingJurisdiction does not forward");
  }

  @Test
  void a_forwarding_jurisdiction_gives_its_delegates_answers_themselves() throws Exception {
    // Each method of the delegate answers a value of its own, so that the same object must come back.
    var answers = new HashMap<String, Object>();
    Jurisdiction delegate = (Jurisdiction) Proxy.newProxyInstance(Jurisdiction.class.getClassLoader(),
        new Class<?>[] {Jurisdiction.class}, (proxy, method, args) -> answers.computeIfAbsent(method.getName(),
            name -> method.getReturnType() == JurisdictionId.class ? JurisdictionId.of("forwarded")
                : method.getReturnType() == String.class ? new String(name) : new ArrayList<>()));
    Jurisdiction same = new Same(delegate);
    for (Method m : Jurisdiction.class.getMethods()) {
      assertSame(m.invoke(delegate), m.invoke(same), m.getName());
    }
    assertEquals(Jurisdiction.class.getMethods().length, answers.size());
  }
}
