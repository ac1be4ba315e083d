package io.aigonix.validate.rules;

import io.aigonix.spec.EnvironmentSpec.HostSpec;
import io.aigonix.spec.EnvironmentSpec.TenantSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;

/** The tenants an environment lists, and their hosts, with the pointers they sit at. */
final class Tenants {
  record Tenant(TenantSpec spec, String pointer) {}

  record Host(HostSpec spec, String pointer) {}

  private Tenants() {}

  static List<Tenant> of(Walk.Env env) {
    List<Tenant> list = new ArrayList<>();
    List<TenantSpec> tenants = env.spec().tenants();
    for (int t = 0; tenants != null && t < tenants.size(); t++) {
      list.add(new Tenant(tenants.get(t), env.pointer() + "/tenants/" + t));
    }
    return list;
  }

  static List<Host> hosts(Walk.Env env) {
    List<Host> list = new ArrayList<>();
    for (Tenant tenant : of(env)) {
      for (int h = 0; h < tenant.spec().hosts().size(); h++) {
        list.add(new Host(tenant.spec().hosts().get(h), tenant.pointer() + "/hosts/" + h));
      }
    }
    return list;
  }
}
