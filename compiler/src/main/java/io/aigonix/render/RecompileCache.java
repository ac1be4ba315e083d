package io.aigonix.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The file a {@link Recompile} keeps between two compiles into the same {@code -o}: which build
 * wrote it, for which output folder, the key its fingerprints are hashed with, and per microservice
 * its fingerprint and its files' names and stamps (and one entry of the files of the wider scopes,
 * by path). Binary, ending with a CRC-32 of the rest: a truncated, corrupt or foreign file reads as
 * no cache at all.
 */
final class RecompileCache {
  private static final String MAGIC = "aigonix recompile cache 2";

  /** One microservice's files (in its environment's folder) as that compile left them. */
  record Entry(byte[] fingerprint, List<String> files, List<FileStamp> stamps) {}

  record Contents(String build, String output, byte[] key, Map<String, Entry> entries) {}

  private RecompileCache() {}

  /** The contents of {@code file}, or null when it is absent or unreadable in any way. */
  static Contents read(Path file) {
    try {
      byte[] all = Files.readAllBytes(file);
      if (all.length < 8) {
        return null;
      }
      CRC32 crc = new CRC32();
      crc.update(all, 0, all.length - 8);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, all.length - 8, 8));
      if (in.readLong() != crc.getValue()) {
        return null;
      }
      in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 8));
      if (!in.readUTF().equals(MAGIC)) {
        return null;
      }
      String build = in.readUTF();
      String output = in.readUTF();
      byte[] key = in.readNBytes(in.readUnsignedShort());
      int count = in.readInt();
      Map<String, Entry> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        byte[] fingerprint = in.readNBytes(in.readUnsignedShort());
        int files = in.readInt();
        List<String> names = new ArrayList<>();
        List<FileStamp> stamps = new ArrayList<>();
        for (int f = 0; f < files; f++) {
          names.add(in.readUTF());
          stamps.add(new FileStamp(in.readLong(), in.readLong(), in.readUTF()));
        }
        entries.put(name, new Entry(fingerprint, names, stamps));
      }
      if (in.available() != 0) {
        return null;
      }
      return new Contents(build, output, key, entries);
    } catch (IOException | RuntimeException e) {
      return null; // absent, unreadable, or not what this build writes: no cache
    }
  }

  /** Writes {@code contents} to {@code file} by a rename, so a reader sees all of it or nothing. */
  static void write(Path file, Contents contents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(MAGIC);
    out.writeUTF(contents.build());
    out.writeUTF(contents.output());
    out.writeShort(contents.key().length);
    out.write(contents.key());
    out.writeInt(contents.entries().size());
    for (Map.Entry<String, Entry> entry : contents.entries().entrySet()) {
      Entry e = entry.getValue();
      out.writeUTF(entry.getKey());
      out.writeShort(e.fingerprint().length);
      out.write(e.fingerprint());
      out.writeInt(e.files().size());
      for (int f = 0; f < e.files().size(); f++) {
        FileStamp s = e.stamps().get(f);
        out.writeUTF(e.files().get(f));
        out.writeLong(s.size());
        out.writeLong(s.modifiedNanos());
        out.writeUTF(s.identity());
      }
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    out.flush();
    // a temporary file is created readable by its owner alone: the cache is nobody else's
    Path temporary = Files.createTempFile(file.getParent(), ".cache-", ".tmp");
    try {
      Files.write(temporary, bytes.toByteArray());
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
