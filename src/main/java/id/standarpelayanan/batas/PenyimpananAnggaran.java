package id.standarpelayanan.batas;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the token buckets live: PostgreSQL (shared by every node) or this node's memory (H2). */
interface PenyimpananAnggaran {

  /** Takes one token from the client's bucket, created full with {@code configuration} if new. */
  ConsumptionProbe ambil(String key, BucketConfiguration configuration);

  /** Removes buckets that have filled up again (a full bucket is the same as none). */
  void bersihkan();

  /** For the start-up log. */
  String uraian();
}
