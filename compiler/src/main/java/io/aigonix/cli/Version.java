package io.aigonix.cli;

import picocli.CommandLine.IVersionProvider;

/** The version baked into the jar at build time. Never written into manifests (SPEC §2.5). */
public final class Version implements IVersionProvider {

  public static String current() {
    return BuildInfo.VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"aigonix " + current()};
  }
}
