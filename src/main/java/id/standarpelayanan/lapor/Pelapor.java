package id.standarpelayanan.lapor;

/** Who reported, when the report is not anonymous. Never a process variable. */
public record Pelapor(String nama, String telepon, String email, boolean rahasia) {
}
