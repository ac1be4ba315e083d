package io.aigonix.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives commands that take an {@link Invocation} in their constructor the current one. */
final class CommandFactory implements IFactory {
  private final Invocation invocation;
  private final TreeSource trees;

  /** For diff and publish: the compiler to take the tree from (tests pass trees they built). */
  CommandFactory(Invocation invocation, TreeSource trees) {
    this.invocation = invocation;
    this.trees = trees;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(Invocation.class, TreeSource.class).newInstance(invocation, trees);
    } catch (NoSuchMethodException e) {
      // not a command that compiles
    }
    try {
      return type.getDeclaredConstructor(Invocation.class).newInstance(invocation);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
