package io.aigonix.render;

import io.aigonix.generate.MsContext;
import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Model;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fingerprint of everything one microservice's objects in one environment depend on: a keyed
 * SHA-256 of the tool's build, the whole model but the microservices (customer, gitops, every
 * application and environment with their tenants, registries, stores, ingress and mongo settings,
 * and whether an environment has a MongoDB) and the microservice's own resolved record (head,
 * runtime, env, secret env as ciphertexts or references, config file bytes as read from disk, the
 * event horizons paired with their producers' and consumers' hosts, ports and names). That covers
 * every input of a microservice-scope generator (they read their {@link MsContext} and the jar's
 * runtime templates, which the build covers); it is more than they read (a tenant of another
 * application regenerates every microservice), which costs time, never a stale manifest.
 *
 * <p>The model's records are walked by reflection, so a component added to them is covered without
 * touching this class; a value of a type it does not know throws, and the caller then generates
 * everything. The model holds no plaintext secret (sealed ciphertexts and remote keys only), but
 * config files may: the hash is keyed with the cache's random key, so a fingerprint in the cache
 * cannot be tested against guesses without that key.
 */
final class Fingerprints {
  private static final Set<String> NOT_IN_SKELETON = Set.of("environments", "microservices");

  private final byte[] key;
  private final byte[] skeleton;

  Fingerprints(byte[] key, String build, Model model) {
    this.key = key.clone();
    Writer w = new Writer(key);
    w.text(build);
    w.value(model.customer());
    w.value(model.gitops());
    w.count(model.applications().size());
    for (Application app : model.applications()) {
      w.record(app, NOT_IN_SKELETON);
      w.count(app.environments().size());
      for (Environment env : app.environments()) {
        w.record(env, NOT_IN_SKELETON);
        w.value(env.hasMongo());
      }
    }
    skeleton = w.digest();
  }

  /**
   * The fingerprint of what the objects of the application, environment and GitOps scopes depend
   * on: the same model without its microservices (their generators read nothing of those but
   * whether an environment has a MongoDB, which the skeleton holds).
   */
  byte[] shared() {
    Writer w = new Writer(key);
    w.text("shared");
    w.bytes(skeleton);
    return w.digest();
  }

  /** The fingerprint of {@code m}; throws IllegalArgumentException for a value it cannot walk. */
  byte[] of(MsContext m) {
    Writer w = new Writer(key);
    w.bytes(skeleton);
    w.text(m.app().name());
    w.text(m.env().name());
    w.value(m.ms());
    return w.digest();
  }

  /**
   * Feeds values to the digest with a tag and a length for each, so two different values never give
   * the same stream. The stream is gathered in a buffer and hashed in one call: fed a byte or a
   * length at a time, SHA-256's per-call overhead was most of a recompile's fingerprinting. It is
   * kept short, as SHA-256 runs as plain Java under C1 (no intrinsic) and costs per block: lengths
   * and numbers as variable-length integers, and a record as its class and its components' values
   * in their fixed order, without their names (a benchmark microservice: 1,124 bytes before, 386
   * now).
   */
  private static final class Writer {
    private static final MessageDigest SHA_256 = sha256();

    private byte[] buffer = new byte[512];
    private int length;

    Writer(byte[] key) {
      bytes(key);
    }

    byte[] digest() {
      MessageDigest digest;
      try {
        digest = (MessageDigest) SHA_256.clone(); // cheaper than a provider lookup per fingerprint
      } catch (CloneNotSupportedException e) {
        digest = sha256();
      }
      digest.update(buffer, 0, length);
      return digest.digest();
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private void put(byte b) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[length++] = b;
    }

    private void put(byte[] b) {
      if (length + b.length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + b.length));
      }
      System.arraycopy(b, 0, buffer, length, b.length);
      length += b.length;
    }

    void count(int n) {
      put((byte) 'n');
      unsigned(n);
    }

    void text(String s) {
      put((byte) 's');
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(byte[] b) {
      unsigned(b.length);
      put(b);
    }

    /** A non-negative number in 7-bit groups, low first, the high bit set on all but the last. */
    private void unsigned(long v) {
      while ((v & ~0x7FL) != 0) {
        put((byte) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      put((byte) v);
    }

    void value(Object v) {
      if (v == null) {
        put((byte) '0');
      } else if (v instanceof String s) {
        text(s);
      } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
        long n = ((Number) v).longValue();
        put((byte) 'i');
        unsigned((n << 1) ^ (n >> 63)); // zigzag: small negative numbers stay short
      } else if (v instanceof Boolean b) {
        put((byte) (b ? 'T' : 'F'));
      } else if (v instanceof byte[] b) {
        put((byte) 'b');
        bytes(b);
      } else if (v instanceof Enum<?> e) {
        put((byte) 'e');
        bytes(e.getDeclaringClass().getName().getBytes(StandardCharsets.UTF_8));
        bytes(e.name().getBytes(StandardCharsets.UTF_8));
      } else if (v instanceof Optional<?> o) {
        put((byte) 'o');
        value(o.orElse(null));
      } else if (v instanceof List<?> list) {
        count(list.size());
        list.forEach(this::value);
      } else if (v instanceof Map<?, ?> map
          && (map.isEmpty() || map instanceof java.util.SortedMap)) {
        // only sorted maps: another map's order could differ between two runs of the same input
        put((byte) 'm');
        unsigned(map.size());
        map.forEach(
            (k, x) -> {
              value(k);
              value(x);
            });
      } else if (v instanceof Record r) {
        record(r, Set.of());
      } else {
        throw new IllegalArgumentException("cannot fingerprint a " + v.getClass().getName());
      }
    }

    void record(Record r, Set<String> skipped) {
      Shape shape = SHAPES.get(r.getClass());
      put((byte) 'r');
      bytes(shape.name());
      for (RecordComponent c : shape.components()) {
        if (skipped.contains(c.getName())) {
          continue;
        }
        try {
          value(c.getAccessor().invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalArgumentException("cannot fingerprint " + c, e);
        }
      }
    }
  }

  /**
   * A record class's name (without the model's package) and components, looked up once per class:
   * {@link Class#getRecordComponents} parses the class file's attribute anew on every call.
   */
  private record Shape(byte[] name, RecordComponent[] components) {}

  private static final String MODEL = Model.class.getPackageName() + ".";

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          for (RecordComponent component : components) {
            try {
              component.getAccessor().setAccessible(true); // skips the access check per call
            } catch (RuntimeException e) {
              // checked per call instead
            }
          }
          String name = type.getName();
          name = name.startsWith(MODEL) ? name.substring(MODEL.length()) : name;
          return new Shape(name.getBytes(StandardCharsets.UTF_8), components);
        }
      };
}
