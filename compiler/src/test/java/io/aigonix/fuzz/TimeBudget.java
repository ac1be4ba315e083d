package io.aigonix.fuzz;

import java.util.List;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Ends a property (as satisfied) once it has run for {@code aigonix.fuzz.seconds} (default 10):
 * jqwik counts tries, a fuzz run wants a duration. The default tests run a short budget; {@code
 * -Pfuzz} a long one.
 */
public final class TimeBudget implements AroundTryHook {
  static long seconds() {
    return Long.getLong("aigonix.fuzz.seconds", 10);
  }

  /** Registered on the class, it must reach the class's properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public TryExecutionResult aroundTry(
      TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
    Store<Long> started =
        Store.getOrCreate("aigonix.fuzz.started", Lifespan.PROPERTY, System::nanoTime);
    TryExecutionResult result = aTry.execute(parameters);
    boolean over = System.nanoTime() - started.get() > seconds() * 1_000_000_000L;
    return over && result.isSatisfied() ? TryExecutionResult.satisfied(true) : result;
  }
}
