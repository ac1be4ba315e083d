package io.aigonix.cli;

import io.aigonix.pipeline.Compiler;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Gives each command what its constructor takes: the current {@link Invocation}, the run's one
 * {@link Compiler} (commands that read aigonix.yaml), and for diff and publish the tree source.
 */
final class CommandFactory implements IFactory {
  private final Invocation invocation;
  private final Compiler compiler;
  private final TreeSource trees;

  CommandFactory(Invocation invocation, Compiler compiler, TreeSource trees) {
    this.invocation = invocation;
    this.compiler = compiler;
    this.trees = trees;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(Invocation.class, Compiler.class, TreeSource.class)
          .newInstance(invocation, compiler, trees);
    } catch (NoSuchMethodException e) {
      // not a command that compiles
    }
    try {
      return type.getDeclaredConstructor(Invocation.class, Compiler.class)
          .newInstance(invocation, compiler);
    } catch (NoSuchMethodException e) {
      // not a command that reads aigonix.yaml
    }
    try {
      return type.getDeclaredConstructor(Invocation.class).newInstance(invocation);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
