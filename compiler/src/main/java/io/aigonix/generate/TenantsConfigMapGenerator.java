package io.aigonix.generate;

import io.aigonix.json.Json;
import io.aigonix.model.Environment.Tenant;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code <env>-tenants}: {@code tenants.json} with one empty object per customer tenant. */
final class TenantsConfigMapGenerator implements Generator<EnvContext> {
  @Override
  public List<HasMetadata> generate(EnvContext c) {
    TreeMap<String, Object> tenants = new TreeMap<>();
    for (Tenant t : c.env().tenants()) {
      tenants.put(t.id(), Map.of());
    }
    return List.of(
        new ConfigMapBuilder()
            .withMetadata(Meta.of(c, Names.tenantsConfigMap(c.env().objectName())))
            .withData(Map.of("tenants.json", Json.pretty(tenants)))
            .build());
  }
}
