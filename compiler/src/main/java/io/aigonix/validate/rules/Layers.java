package io.aigonix.validate.rules;

import io.aigonix.source.Pointers;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.spec.RuntimeSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The places a microservice's values are written: the microservice itself and each environment
 * override, with the pointer of each. Value rules check every layer where it is written, so a bad
 * value is reported once, at its own line, whichever environments it reaches.
 */
record Layers(
    String pointer,
    HeadSpec head,
    RuntimeSpec runtime,
    ResourcesSpec resources,
    Map<String, ConfigFileSpec> configFiles) {

  static List<Layers> of(Walk.Ms ms) {
    List<Layers> layers = new ArrayList<>();
    var spec = ms.spec();
    layers.add(
        new Layers(
            ms.pointer(), spec.head(), spec.runtime(), spec.resources(), spec.configFiles()));
    if (spec.environments() != null) {
      for (Map.Entry<String, OverrideSpec> e : spec.environments().entrySet()) {
        OverrideSpec o = e.getValue();
        if (o != null) {
          layers.add(
              new Layers(
                  Pointers.child(ms.at("/environments"), e.getKey()),
                  o.head(),
                  o.runtime(),
                  o.resources(),
                  o.configFiles()));
        }
      }
    }
    return layers;
  }

  String at(String relative) {
    return pointer + relative;
  }
}
