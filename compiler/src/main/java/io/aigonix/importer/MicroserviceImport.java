package io.aigonix.importer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.model.Names;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One microservice's entry from its environments' {@link DeployedMicroservice}s: config files
 * written byte-exact under {@code config/<app>/<ms>/} ({@code <env>/} below that when they differ),
 * secretEnv sealed or left to seal, and the settings factored into base and overrides.
 */
final class MicroserviceImport {
  private final Platform.App app;
  private final DeployedMicroservice first;
  private final Map<String, DeployedMicroservice> perEnv;
  private final Set<String> appEnvironments;
  private final ImportContext ctx;

  MicroserviceImport(
      Platform.App app,
      DeployedMicroservice first,
      Map<String, DeployedMicroservice> perEnv,
      Set<String> appEnvironments,
      ImportContext ctx) {
    this.app = app;
    this.first = first;
    this.perEnv = perEnv;
    this.appEnvironments = appEnvironments;
    this.ctx = ctx;
  }

  void into(ObjectNode ms) {
    ms.put("name", first.name());
    objectName(ms);
    ms.put("id", first.id());
    configFiles();
    Map<String, ObjectNode> settings = new LinkedHashMap<>();
    perEnv.forEach((env, m) -> settings.put(env, m.settings()));
    Factoring.Factored factored = Factoring.factor(settings);
    ms.setAll(factored.base());
    secretEnv(ms);
    boolean everywhere = perEnv.keySet().equals(appEnvironments);
    boolean overridden = factored.overrides().values().stream().anyMatch(o -> !o.isEmpty());
    if (!everywhere || overridden) {
      ObjectNode envs = ms.putObject("environments");
      factored.overrides().forEach(envs::set);
    }
  }

  /**
   * {@code objectName} exactly when the platform's object names differ from what SPEC §1.2 derives
   * from the name, so that compile keeps every object's name. One value serves every environment;
   * an environment that named the objects otherwise is reported, as aigonix.yaml cannot say so.
   */
  private void objectName(ObjectNode ms) {
    if (!first.objectName().equals(Names.object(first.name()))) {
      ms.put("objectName", first.objectName());
    }
    perEnv.forEach(
        (env, m) -> {
          if (!m.objectName().equals(first.objectName())) {
            ctx.notCarried.add(
                "microservice "
                    + first.name()
                    + ": its objects in "
                    + env
                    + " are named "
                    + m.envObjectName()
                    + "-"
                    + m.objectName()
                    + ", not "
                    + m.envObjectName()
                    + "-"
                    + first.objectName()
                    + "; compile names them the latter");
          }
        });
  }

  /**
   * Replaces each environment's file bytes by {@code {file: path}}, writing each distinct content
   * once.
   */
  private void configFiles() {
    String folder = "config/" + Names.object(app.name()) + "/" + first.objectName() + "/";
    Set<String> names = new TreeSet<>();
    perEnv.values().forEach(m -> names.addAll(m.configFiles().keySet()));
    for (String name : names) {
      boolean same =
          perEnv.values().stream()
              .allMatch(
                  m ->
                      m.configFiles().containsKey(name)
                          && Arrays.equals(
                              m.configFiles().get(name), first.configFiles().get(name)));
      perEnv.forEach(
          (env, m) -> {
            byte[] content = m.configFiles().get(name);
            if (content == null) {
              return;
            }
            String path = folder + (same ? "" : m.envObjectName() + "/") + name;
            ctx.files.put(path, content);
            ObjectNode files =
                m.settings().has("configFiles")
                    ? (ObjectNode) m.settings().get("configFiles")
                    : m.settings().putObject("configFiles");
            files.putObject(name).put("file", path);
          });
    }
  }

  /**
   * secretEnv: every key of each environment's Secret, sealed for {@code
   * <e>-<m>-secret-env-variables}.
   */
  private void secretEnv(ObjectNode ms) {
    Map<String, ObjectNode> keys = new TreeMap<>();
    perEnv.forEach(
        (env, m) -> {
          String secretName = Names.secretEnvVariables(m.envObjectName(), m.objectName());
          TreeSet<String> all = new TreeSet<>(m.secrets().keySet());
          all.addAll(m.sealedSecrets().keySet());
          for (String key : all) {
            String value;
            if (m.sealedSecrets().containsKey(key)) {
              // a SealedSecret's encryptedData is kept: it is sealed for the same scope
              value = m.sealedSecrets().get(key);
            } else {
              byte[] plain = m.secrets().get(key);
              value =
                  ctx.secrets.value(
                      plain,
                      app.namespace(),
                      secretName,
                      "aigonix seal -f aigonix.yaml --app '"
                          + app.name()
                          + "' --env '"
                          + env
                          + "' --microservice '"
                          + first.name()
                          + "' --key "
                          + key
                          + " --write");
              Arrays.fill(plain, (byte) 0);
            }
            keys.computeIfAbsent(key, k -> JsonNodeFactory.instance.objectNode()).put(env, value);
          }
        });
    if (!keys.isEmpty()) {
      ObjectNode secretEnv = ms.putObject("secretEnv");
      keys.forEach(secretEnv::set);
    }
  }
}
