package io.aigonix.validate.rules;

import io.aigonix.source.Pointers;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every {@code file:} reference of a microservice, in its base and in its overrides, with its
 * pointer.
 */
final class ConfigFilePaths {
  record Ref(String file, String pointer) {}

  private ConfigFilePaths() {}

  static List<Ref> of(Walk.Ms ms) {
    List<Ref> refs = new ArrayList<>();
    for (Walk.ConfigFileMap map : Walk.configFileMaps(ms)) {
      for (Map.Entry<String, ConfigFileSpec> e : map.files().entrySet()) {
        ConfigFileSpec spec = e.getValue();
        if (spec != null && spec.file() != null) {
          refs.add(new Ref(spec.file(), Pointers.child(map.pointer(), e.getKey()) + "/file"));
        }
      }
    }
    return refs;
  }
}
