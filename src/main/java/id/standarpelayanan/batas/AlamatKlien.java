package id.standarpelayanan.batas;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMaskSet;

/**
 * The client a budget belongs to: its address as Tomcat gives it ({@code getRemoteAddr()}, after the
 * RemoteIpValve has replaced it with the {@code X-Forwarded-For} address only when the request
 * came from a configured trusted proxy). An IPv6 client is counted by its /64 network: one
 * household or phone gets a whole /64 and could otherwise take a fresh address, and budget, for
 * every call. Addresses in {@code kecuali} (single addresses or CIDR networks) are never counted.
 */
final class AlamatKlien {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%.*)?");

  private final NetMaskSet kecuali = new NetMaskSet();

  AlamatKlien(List<String> kecuali) {
    for (String entry : kecuali) {
      if (!entry.isBlank()) {
        // an address literal, never a host name to look up; a wrong entry stops the start
        String address = entry.trim().replaceFirst("/\\d+$", "");
        if (parse(address) == null) {
          throw new IllegalArgumentException("standar-pelayanan.batas.kecuali: '" + entry
              + "' is no IP address or CIDR network (such as 10.1.2.30 or 10.1.3.0/24)");
        }
        this.kecuali.add(entry.trim());
      }
    }
  }

  /** The parsed address, or null when it is not an IP literal (never looked up in DNS). */
  static InetAddress parse(String address) {
    if (address == null || !(IPV4.matcher(address).matches() || address.contains(":") && IPV6.matcher(address).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
  }

  boolean exempt(InetAddress address) {
    return address != null && kecuali.contains(address);
  }

  /** The budget key of a client: its IPv4 address, its IPv6 /64 network, or the text as given. */
  static String key(String remoteAddr, InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] bytes = address.getAddress();
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff))).append(':');
      }
      return network.append(":/64").toString();
    }
    if (address != null) {
      return address.getHostAddress();
    }
    String text = remoteAddr == null ? "?" : remoteAddr;
    return text.length() > 64 ? text.substring(0, 64) : text;
  }

  @Override
  public String toString() {
    return kecuali.isEmpty() ? "none" : kecuali.toString();
  }
}
