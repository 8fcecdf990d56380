package id.standarpelayanan.batas;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the token buckets live: PostgreSQL (shared by every node) or this node's memory (H2). */
interface PenyimpananAnggaran {

  /** Takes one token from the client's bucket, created full with {@code configuration} if new. */
  ConsumptionProbe ambil(String key, BucketConfiguration configuration);

  /**
   * The nanoseconds until the client's bucket holds a token again, 0 when it holds one now, without
   * taking any (a missing bucket is full).
   */
  long tunggu(String key, BucketConfiguration configuration);

  /** The keys of the stored buckets that start with {@code prefix}. */
  java.util.List<String> kunci(String prefix);

  /** Removes the buckets whose keys start with {@code prefix} (as if they were full again). */
  int hapus(String prefix);

  /** Removes buckets that have filled up again (a full bucket is the same as none). */
  void bersihkan();

  /** For the start-up log. */
  String uraian();
}
