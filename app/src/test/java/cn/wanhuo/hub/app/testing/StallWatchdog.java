package cn.wanhuo.hub.app.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Makes a stalled test run say where it stalls, then end. A test running longer than {@code wanhuo.test.stall-report}
 * (default 5 minutes) gets every thread's stack and the heap printed to standard error, again at each further period;
 * one running longer than {@code wanhuo.test.stall-limit} (default 15 minutes) halts the test JVM, so the build fails
 * with that report instead of waiting silently until CI gives up (a whole CI run was once lost that way).
 */
public final class StallWatchdog implements TestExecutionListener {

  private static final Duration REPORT = Duration.parse(System.getProperty("wanhuo.test.stall-report", "PT5M"));
  private static final Duration LIMIT = Duration.parse(System.getProperty("wanhuo.test.stall-limit", "PT15M"));
  private static final int FRAMES = 40;

  private final Map<String, Long> running = new ConcurrentHashMap<>();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "stall-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  public StallWatchdog() {
    long period = Math.max(1, REPORT.toSeconds());
    clock.scheduleAtFixedRate(this::check, period, period, TimeUnit.SECONDS);
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      running.put(test.getUniqueId(), System.nanoTime());
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    running.remove(test.getUniqueId());
  }

  private void check() {
    long now = System.nanoTime();
    running.forEach((test, started) -> {
      Duration spent = Duration.ofNanos(now - started);
      if (spent.compareTo(REPORT) >= 0) {
        report(test, spent);
      }
      if (spent.compareTo(LIMIT) >= 0) {
        System.err.printf("[stall-watchdog] %s ran for %s, over the limit of %s: halting the test JVM%n", test, spent, LIMIT);
        System.err.flush();
        Runtime.getRuntime().halt(3);
      }
    });
  }

  private static void report(String test, Duration spent) {
    var out = new StringBuilder(64 * 1024);
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    out.append("[stall-watchdog] ").append(test).append(" has run for ").append(spent.toSeconds()).append(" s; heap ")
        .append(heap.getUsed() >> 20).append(" MiB used of ").append(heap.getMax() >> 20).append(" MiB; GC so far: ");
    ManagementFactory.getGarbageCollectorMXBeans().forEach(gc ->
        out.append(gc.getName()).append(' ').append(gc.getCollectionCount()).append("× ").append(gc.getCollectionTime()).append(" ms; "));
    out.append('\n');
    for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      out.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
      if (thread.getLockName() != null) {
        out.append(" on ").append(thread.getLockName());
      }
      if (thread.getLockOwnerName() != null) {
        out.append(" held by \"").append(thread.getLockOwnerName()).append('"');
      }
      out.append('\n');
      StackTraceElement[] frames = thread.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        out.append("    at ").append(frames[i]).append('\n');
      }
      if (frames.length > FRAMES) {
        out.append("    … ").append(frames.length - FRAMES).append(" more\n");
      }
    }
    System.err.print(out);
    System.err.flush();
  }
}
