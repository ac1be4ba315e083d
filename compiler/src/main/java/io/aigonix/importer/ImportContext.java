package io.aigonix.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one import run gathers while it maps the applications: files to write and the report's
 * lines.
 */
final class ImportContext {
  final boolean includeWelcome;
  final SecretValues secrets;
  final Map<String, byte[]> files = new TreeMap<>();
  final List<String> unmanaged = new ArrayList<>();
  final List<String> drift = new ArrayList<>();
  final List<String> notCarried = new ArrayList<>();

  ImportContext(boolean includeWelcome, SecretValues secrets) {
    this.includeWelcome = includeWelcome;
    this.secrets = secrets;
  }
}
