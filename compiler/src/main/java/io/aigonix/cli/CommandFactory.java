package io.aigonix.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives commands that take an {@link Invocation} in their constructor the current one. */
final class CommandFactory implements IFactory {
  private final Invocation invocation;

  CommandFactory(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(Invocation.class).newInstance(invocation);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
