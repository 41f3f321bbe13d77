package cn.wanhuo.hub.app.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Prints every blocking call BlockHound catches before throwing, as it would. Libraries often swallow that error in
 * their I/O callbacks (the MongoDB driver does), which leaves the pipeline it was thrown through stalled with no trace:
 * a test then waits without a clue. With this, the log says which thread blocked where.
 */
public class ReportedBlockingCalls implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.blockingMethodCallback(method -> {
      var error = new BlockingOperationError(method);
      System.err.println("[blockhound] " + error.getMessage() + " on thread " + Thread.currentThread().getName());
      error.printStackTrace(System.err);
      throw error;
    });
  }
}
