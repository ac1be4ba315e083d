package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.source.ProjectFiles;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AGX2012: a microservice's config-files ConfigMap stays within Kubernetes' 1 MiB. Counts what the
 * ConfigMap will hold: keys, UTF-8 text as is, other files base64-encoded in binaryData. An edge
 * environment (SPEC §9) has no ConfigMap: its files are copied to the agent as they are.
 */
public final class ConfigMapSizeRule implements SemanticRule {
  static final long LIMIT = 1024 * 1024;

  @Override
  public void check(RuleContext ctx) {
    ProjectFiles files = new ProjectFiles(ctx.source().directory());
    // A file is used in every environment a microservice runs in; read and measure it once.
    Map<String, Long> fileSizes = new HashMap<>();
    for (EdgeDeployments.At at : ctx.allDeployments()) {
      if (!at.edge()) {
        Walk.Ms ms = at.ms();
        Walk.Deployed d = at.deployed();
        long size = size(files, fileSizes, d.effective().configFiles());
        if (size > LIMIT) {
          String name =
              Names.configFilesConfigMap(
                  ms.app().environmentObjectName(d.environment()), ms.objectName());
          ctx.report(
              Code.CONFIG_MAP_TOO_LARGE,
              ms.at("/configFiles"),
              "ConfigMap '"
                  + ctx.showDerived(
                      name,
                      List.of(
                          RuleContext.objectNameAt(
                              at.env().pointer(), at.env().spec().objectName()),
                          RuleContext.objectNameAt(ms.pointer(), ms.spec().objectName())))
                  + "' would hold "
                  + size
                  + " bytes; Kubernetes allows 1 MiB ("
                  + LIMIT
                  + " bytes)",
              "keep large files in the image or a volume; config files are for configuration");
        }
      }
    }
  }

  private static long size(
      ProjectFiles files, Map<String, Long> fileSizes, Map<String, ConfigFileSpec> configFiles) {
    if (configFiles == null) {
      return 0;
    }
    long total = 0;
    for (Map.Entry<String, ConfigFileSpec> e : configFiles.entrySet()) {
      total += e.getKey().length();
      ConfigFileSpec spec = e.getValue();
      if (spec.content() != null) {
        total += spec.content().getBytes(StandardCharsets.UTF_8).length;
      } else if (spec.file() != null
          && files.escape(spec.file()).isEmpty()
          && files.unreadable(spec.file()).isEmpty()) {
        Long size = fileSizes.get(spec.file());
        if (size == null) {
          size = fileSize(files, spec.file());
          fileSizes.put(spec.file(), size);
        }
        total += size;
      }
    }
    return total;
  }

  private static long fileSize(ProjectFiles files, String file) {
    try {
      long raw = files.size(file);
      if (raw > LIMIT) {
        return raw;
      }
      byte[] bytes = files.read(file);
      return isUtf8(bytes) ? bytes.length : 4L * ((bytes.length + 2) / 3);
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
