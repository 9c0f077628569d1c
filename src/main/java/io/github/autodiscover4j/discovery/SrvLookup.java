package io.github.autodiscover4j.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/** DNS SRV through the JDK's JNDI DNS provider, and the RFC 2782 order of the records. */
final class SrvLookup {
  private SrvLookup() {}

  /** One SRV record. */
  record SrvRecord(int priority, int weight, int port, String target) {
    @Override
    public String toString() {
      return priority + " " + weight + " " + port + " " + target;
    }
  }

  /**
   * Queries the SRV records of a name.
   *
   * @param servers {@code dns://host:port} URLs; empty for the system's resolvers
   * @return the records as the server sent them; empty when the name does not exist
   */
  // JNDI's API takes a Hashtable; and JNDI is used with the DNS provider only (dns: URLs), never
  // LDAP or RMI, so no remote object is ever deserialised.
  @SuppressWarnings({"JdkObsolete", "BanJNDI"})
  static List<SrvRecord> query(String name, List<String> servers, Duration timeout)
      throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
    env.put(Context.PROVIDER_URL, servers.isEmpty() ? "dns:" : String.join(" ", servers));
    // One try per server within the per-request timeout: the provider's default retries would
    // double it.
    env.put("com.sun.jndi.dns.timeout.initial", Long.toString(Math.max(1, timeout.toMillis())));
    env.put("com.sun.jndi.dns.timeout.retries", "1");
    DirContext context = new InitialDirContext(env);
    try {
      Attribute attribute = context.getAttributes(name, new String[] {"SRV"}).get("SRV");
      List<SrvRecord> records = new ArrayList<>();
      if (attribute == null) {
        return records;
      }
      NamingEnumeration<?> values = attribute.getAll();
      while (values.hasMore()) {
        SrvRecord record = parse(String.valueOf(values.next()));
        if (record != null) {
          records.add(record);
        }
      }
      return records;
    } catch (NameNotFoundException e) {
      return List.of();
    } finally {
      context.close();
    }
  }

  private static SrvRecord parse(String text) {
    String[] fields = text.strip().split("\\s+", -1);
    if (fields.length != 4) {
      return null;
    }
    try {
      return new SrvRecord(
          Integer.parseInt(fields[0]),
          Integer.parseInt(fields[1]),
          Integer.parseInt(fields[2]),
          Hosts.normalize(fields[3]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Orders records as RFC 2782 says: lowest priority first; within a priority, repeatedly pick one
   * at random with probability proportional to its weight (zero-weight records placed first, so
   * they are picked only when the draw is 0, or when they are all that is left).
   */
  static List<SrvRecord> order(List<SrvRecord> records, Random random) {
    TreeMap<Integer, List<SrvRecord>> byPriority = new TreeMap<>();
    for (SrvRecord record : records) {
      byPriority.computeIfAbsent(record.priority(), p -> new ArrayList<>()).add(record);
    }
    List<SrvRecord> ordered = new ArrayList<>(records.size());
    for (List<SrvRecord> group : byPriority.values()) {
      List<SrvRecord> left = new ArrayList<>(group);
      left.sort(
          Comparator.comparing(
              (SrvRecord r) -> r.weight() != 0)); // stable: zero weights first, else as received
      while (!left.isEmpty()) {
        int total = left.stream().mapToInt(SrvRecord::weight).sum();
        int draw = random.nextInt(total + 1);
        int running = 0;
        for (int i = 0; i < left.size(); i++) {
          running += left.get(i).weight();
          if (running >= draw) {
            ordered.add(left.remove(i));
            break;
          }
        }
      }
    }
    return ordered;
  }
}
