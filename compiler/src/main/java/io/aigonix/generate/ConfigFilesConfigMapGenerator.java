package io.aigonix.generate;

import io.aigonix.model.Microservice.ConfigFile;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <env>-<ms>-config-files}: each file a key (mounted into /app/data), present even when
 * empty. UTF-8 text goes to {@code data}, anything else base64 to {@code binaryData}, as Studio
 * did.
 */
final class ConfigFilesConfigMapGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    TreeMap<String, String> data = new TreeMap<>();
    TreeMap<String, String> binary = new TreeMap<>();
    for (Map.Entry<String, ConfigFile> file : c.ms().configFiles().entrySet()) {
      byte[] bytes = file.getValue().bytes();
      String text = utf8(bytes);
      if (text != null) {
        data.put(file.getKey(), text);
      } else {
        binary.put(file.getKey(), Base64.getEncoder().encodeToString(bytes));
      }
    }
    return List.of(
        ConfigMaps.of(
            Meta.of(c, Names.configFilesConfigMap(c.env().objectName(), c.ms().objectName())),
            data,
            binary));
  }

  /** The text of UTF-8 bytes without NUL or other control characters but tab/newline, else null. */
  private static String utf8(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      boolean control =
          text.chars()
              .anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r' || ch == 0x7f);
      return control ? null : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
