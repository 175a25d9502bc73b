package dev.srdi.api.lines;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The enterprise ids a JSON Lines portfolio has named so far, and the line each was first named on,
 * in a few dozen bytes an id rather than a map of strings: a 64-bit fingerprint, the first line and
 * where the id's bytes are, in three primitive arrays (open addressing, linear probing), and the ids'
 * UTF-8 bytes one after another in large chunks. A matching fingerprint is checked against the kept
 * bytes, so that two ids that share a fingerprint are never taken for one (no false duplicate) and a
 * repeated id is always found (no missed one). One thread.
 */
public final class DistinctIds {
  /** An id's 64-bit fingerprint; {@link #STRONG} unless a test wants collisions. */
  @FunctionalInterface
  public interface Fingerprint {
    /**
     * The fingerprint.
     *
     * @param id the id
     * @return 64 bits, the same for equal ids
     */
    long of(String id);
  }

  /** FNV-1a over the id's chars, then a 64-bit finaliser (MurmurHash3's fmix64) to spread the bits. */
  public static final Fingerprint STRONG = id -> {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  };

  private static final int CHUNK = 1 << 20;

  private final Fingerprint fingerprint;
  private long[] fingerprints = new long[1024];
  private int[] firstLines = new int[1024];
  private long[] places = new long[1024];
  private int size;
  private final List<byte[]> chunks = new ArrayList<>();
  private int used;

  /**
   * An empty set with the strong fingerprint.
   */
  public DistinctIds() {
    this(STRONG);
  }

  /**
   * An empty set.
   *
   * @param fingerprint the fingerprint of an id
   */
  public DistinctIds(Fingerprint fingerprint) {
    this.fingerprint = fingerprint;
  }

  /**
   * Remembers the id, named on this line, unless it was named before.
   *
   * @param id the id
   * @param line its line (from 1)
   * @return 0 if the id is new, else the line it was first named on
   */
  public int firstLineOf(String id, int line) {
    long f = fingerprint.of(id);
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    int mask = fingerprints.length - 1;
    int slot = (int) (f ^ (f >>> 32)) & mask;
    while (firstLines[slot] != 0) {
      if (fingerprints[slot] == f && sameBytes(places[slot], bytes)) {
        return firstLines[slot];
      }
      slot = (slot + 1) & mask;
    }
    fingerprints[slot] = f;
    firstLines[slot] = line;
    places[slot] = keep(bytes);
    size++;
    if (size * 4L > fingerprints.length * 3L) {
      grow();
    }
    return 0;
  }

  /**
   * How many distinct ids were named.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /** Where the bytes go: a chunk index and an offset in it; each id is its length (4 bytes) and its bytes. */
  private long keep(byte[] bytes) {
    int needed = 4 + bytes.length;
    if (chunks.isEmpty() || used + needed > chunks.get(chunks.size() - 1).length) {
      chunks.add(new byte[Math.max(CHUNK, needed)]);
      used = 0;
    }
    byte[] chunk = chunks.get(chunks.size() - 1);
    int at = used;
    chunk[at] = (byte) (bytes.length >>> 24);
    chunk[at + 1] = (byte) (bytes.length >>> 16);
    chunk[at + 2] = (byte) (bytes.length >>> 8);
    chunk[at + 3] = (byte) bytes.length;
    System.arraycopy(bytes, 0, chunk, at + 4, bytes.length);
    used += needed;
    return ((long) (chunks.size() - 1) << 32) | at;
  }

  private boolean sameBytes(long place, byte[] bytes) {
    byte[] chunk = chunks.get((int) (place >>> 32));
    int at = (int) place;
    int length = ((chunk[at] & 0xFF) << 24) | ((chunk[at + 1] & 0xFF) << 16) | ((chunk[at + 2] & 0xFF) << 8)
        | (chunk[at + 3] & 0xFF);
    return length == bytes.length && Arrays.equals(chunk, at + 4, at + 4 + length, bytes, 0, length);
  }

  private void grow() {
    long[] oldFingerprints = fingerprints;
    int[] oldLines = firstLines;
    long[] oldPlaces = places;
    int capacity = oldFingerprints.length * 2;
    fingerprints = new long[capacity];
    firstLines = new int[capacity];
    places = new long[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldFingerprints.length; i++) {
      if (oldLines[i] != 0) {
        long f = oldFingerprints[i];
        int slot = (int) (f ^ (f >>> 32)) & mask;
        while (firstLines[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        fingerprints[slot] = f;
        firstLines[slot] = oldLines[i];
        places[slot] = oldPlaces[i];
      }
    }
  }
}
