package id.standarpelayanan.lapor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.databind.JsonMappingException;

import id.standarpelayanan.api.InvalidInputException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * A report with attachments: {@code POST /api/laporan} as {@code multipart/form-data}, the part
 * {@code laporan} holding the same JSON as the plain filing and up to three parts {@code lampiran}
 * (PDF, JPEG, PNG, 5 MB each); answered like the plain filing. For the SP4N-LAPOR! admins (and
 * {@code camunda-admin}): the list of a report's attachments and each file, offered as a download
 * that a browser never renders in the application's origin.
 */
@RestController
public class LampiranController {

  static final String PART_LAPORAN = "laporan";
  /** The JSON of a report is a few kilobytes (title 200, text 4000 characters); more is not a report. */
  private static final long MAKS_JSON = 64 * 1024;
  static final Set<String> ADMIN_LAPOR = Set.of("adminNasional", "adminInstansi", "adminEselon1", "adminUpt",
      Groups.CAMUNDA_ADMIN);

  private final LampiranLaporan lampiran;
  private final MappingJackson2HttpMessageConverter json;
  private final HistoryService history;
  private final IdentityService identity;

  public LampiranController(LampiranLaporan lampiran, MappingJackson2HttpMessageConverter json,
      HistoryService history, IdentityService identity) {
    this.lampiran = lampiran;
    this.json = json;
    this.history = history;
    this.identity = identity;
  }

  @PostMapping(path = "/api/laporan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<LaporanController.Terdaftar> laporDenganLampiran(HttpServletRequest request) {
    Part laporanPart = null;
    List<LampiranLaporan.Kiriman> files = new ArrayList<>();
    for (Part part : parts(request)) {
      switch (part.getName()) {
        case PART_LAPORAN -> {
          if (laporanPart != null) {
            throw new InvalidInputException(PART_LAPORAN, "Bagian 'laporan' hanya boleh dikirim satu kali.");
          }
          laporanPart = part;
        }
        case LampiranLaporan.FIELD -> files.add(new LampiranLaporan.Kiriman(part.getSubmittedFileName(),
            part.getSize(), part::getInputStream));
        default -> {
          String name = part.getName().length() > 50 ? part.getName().substring(0, 50) : part.getName();
          throw new InvalidInputException(name, "'" + name + "' tidak dikenal dalam permintaan ini.");
        }
      }
    }
    if (laporanPart == null) {
      throw new InvalidInputException(PART_LAPORAN, "Bagian 'laporan' (isi laporan dalam JSON) wajib dikirim.");
    }
    LaporanBaru laporan = read(laporanPart);
    List<LampiranLaporan.Berkas> berkas = lampiran.periksa(files);
    PenerimaanLaporan.Diterima diterima = lampiran.terimaDenganLampiran(laporan, berkas);
    return ResponseEntity.created(URI.create("/api/laporan/" + diterima.nomor()))
        .cacheControl(CacheControl.noStore())
        .body(new LaporanController.Terdaftar(diterima.nomor(), diterima.processInstanceId(), diterima.kodeAkses()));
  }

  @GetMapping("/api/laporan/{nomor}/lampiran")
  public ResponseEntity<List<LampiranLaporan.Info>> daftar(@PathVariable String nomor) {
    mayOpen(nomor);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(lampiran.daftar(nomor));
  }

  /**
   * The file as it was sent, as a download: the stored type (found in the content), never sniffed,
   * and sandboxed should a browser show it anyway, so a file cannot run script in this origin.
   */
  @GetMapping("/api/laporan/{nomor}/lampiran/{id}")
  public ResponseEntity<byte[]> unduh(@PathVariable String nomor, @PathVariable long id) {
    mayOpen(nomor);
    LampiranLaporan.Unduhan file = lampiran.unduh(nomor, id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Lampiran " + id + " laporan " + nomor + " tidak ditemukan."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.jenis()))
        .contentLength(file.isi().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.nama()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("X-SHA-256", file.sha256())
        .cacheControl(CacheControl.noStore())
        .body(file.isi());
  }

  /** {@code attachment} with the name; an ASCII name plainly, any other also in RFC 5987 form. */
  private static String disposition(String nama) {
    ContentDisposition.Builder attachment = ContentDisposition.attachment();
    return (StandardCharsets.US_ASCII.newEncoder().canEncode(nama) ? attachment.filename(nama)
        : attachment.filename(nama, StandardCharsets.UTF_8)).build().toString();
  }

  /**
   * Like the report's history: 404 to whom the engine does not show the report, 403 to whom it
   * does but who is not one of the SP4N-LAPOR! admins.
   */
  private void mayOpen(String nomor) {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PengaduanLapor.PROCESS_KEY)
        .processInstanceBusinessKey(nomor).count() == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Laporan " + nomor + " tidak ditemukan.");
    }
    Authentication caller = identity.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().noneMatch(ADMIN_LAPOR::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Lampiran laporan hanya dapat dibuka oleh admin SP4N-LAPOR! (Nasional, Instansi, Eselon I, UPT).");
    }
  }

  /**
   * The request's parts, read only here (multipart is resolved lazily): a file over 5 MB, a request
   * over 16 MB or too many parts is refused as the attachments' fault, in Bahasa Indonesia.
   */
  private static Collection<Part> parts(HttpServletRequest request) {
    try {
      return request.getParts();
    } catch (IOException | ServletException | IllegalStateException | MultipartException e) {
      throw new InvalidInputException(LampiranLaporan.FIELD, refusal(e));
    }
  }

  private static String refusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (name.contains("FileCountLimitExceeded")) {
        return "Kiriman memuat terlalu banyak bagian: lampiran paling banyak " + LampiranLaporan.MAKS_BERKAS
            + " berkas.";
      }
      if (name.contains("SizeLimitExceeded") || name.contains("MaxUploadSizeExceeded")) {
        return "Setiap lampiran paling besar 5 MB, dan seluruh kiriman paling besar 16 MB.";
      }
    }
    return "Kiriman laporan dengan lampiran tidak dapat dibaca; kirim ulang dengan lampiran PDF, JPEG atau PNG.";
  }

  /** The part {@code laporan} read as the plain filing's JSON is, strictly, whatever type it declares. */
  private LaporanBaru read(Part part) {
    if (part.getSize() > MAKS_JSON) {
      throw new InvalidInputException(PART_LAPORAN, "Bagian 'laporan' terlalu besar untuk sebuah laporan.");
    }
    HttpInputMessage message = new HttpInputMessage() {
      @Override
      public InputStream getBody() throws IOException {
        return part.getInputStream();
      }

      @Override
      public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8));
        return headers;
      }
    };
    try {
      LaporanBaru laporan = (LaporanBaru) json.read(LaporanBaru.class, message);
      if (laporan == null) {
        throw new InvalidInputException(PART_LAPORAN, "Bagian 'laporan' harus berupa JSON laporan yang sah.");
      }
      return laporan;
    } catch (HttpMessageNotReadableException e) {
      if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        throw e; // names the field, as for the plain filing (api.ApiErrors)
      }
      throw new InvalidInputException(PART_LAPORAN, "Bagian 'laporan' harus berupa JSON laporan yang sah.");
    } catch (IOException e) {
      throw new InvalidInputException(PART_LAPORAN, "Bagian 'laporan' tidak dapat dibaca.");
    }
  }
}
