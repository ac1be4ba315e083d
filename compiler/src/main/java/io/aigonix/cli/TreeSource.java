package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.render.OutputTree;

/**
 * Where {@code diff} and {@code publish} take the tree of a checked aigonix.yaml from: the run's
 * {@link io.aigonix.pipeline.Compiler#compile} (see {@link Main#run(Invocation, String...)}). An
 * interface so that those commands are tested with trees built in the test.
 */
@FunctionalInterface
public interface TreeSource {
  OutputTree compile(Checked checked);
}
