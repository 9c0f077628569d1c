package io.github.autodiscover4j.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.jspecify.annotations.Nullable;

/**
 * The DNS layer: SRV through the JDK's JNDI DNS provider, under a time budget, and the RFC 2782
 * order of the records. It knows nothing of policy: which records are usable is decided by the
 * caller.
 */
final class SrvLookup {
  private SrvLookup() {}

  /**
   * What a query gave: the records, or the outcome that names the failure.
   *
   * @param records the records as the server sent them (empty on failure)
   * @param failure null on success, else what went wrong
   * @param detail a few words on the failure
   */
  record Result(List<SrvRecord> records, Attempt.@Nullable Outcome failure, String detail) {}

  /**
   * Queries the SRV records of a name and waits at most {@code budgetNanos}, whatever the DNS
   * servers do: JNDI applies its timeout per server (and again over TCP), so the query runs on the
   * executor with a per-server timeout of the budget shared out, and is abandoned when the budget
   * is spent. Every exception of the JDK's DNS client (an {@code ArrayIndexOutOfBoundsException}
   * from a malformed answer included) becomes a failure.
   */
  static Result lookup(String name, List<String> servers, long budgetNanos, Executor executor)
      throws InterruptedException {
    return lookup(name, "SRV", servers, budgetNanos, executor);
  }

  /**
   * Queries the MX records of a name, like {@link #lookup(String, List, long, Executor)}: each MX
   * record comes back as an {@link SrvRecord} with its preference as priority, weight and port 0.
   */
  static Result mx(String name, List<String> servers, long budgetNanos, Executor executor)
      throws InterruptedException {
    return lookup(name, "MX", servers, budgetNanos, executor);
  }

  private static Result lookup(
      String name, String type, List<String> servers, long budgetNanos, Executor executor)
      throws InterruptedException {
    long perServer = budgetNanos / Math.max(1, servers.size());
    CompletableFuture<List<SrvRecord>> future = new CompletableFuture<>();
    try {
      executor.execute(
          () -> {
            try {
              future.complete(query(name, type, servers, Duration.ofNanos(perServer)));
            } catch (NamingException | RuntimeException | StackOverflowError e) {
              future.completeExceptionally(e);
            }
          });
    } catch (RuntimeException e) {
      return new Result(List.of(), Attempt.Outcome.DNS_FAILURE, "the query could not start");
    }
    try {
      return new Result(future.get(budgetNanos, TimeUnit.NANOSECONDS), null, "");
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Result(
          List.of(),
          Attempt.Outcome.TIMEOUT,
          "no answer within " + TimeUnit.NANOSECONDS.toMillis(budgetNanos) + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String detail =
          cause instanceof NamingException
              ? Transport.describe(cause)
              : "a malformed answer (" + cause.getClass().getSimpleName() + ")";
      return new Result(List.of(), Attempt.Outcome.DNS_FAILURE, detail);
    }
  }

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
  private static List<SrvRecord> query(
      String name, String type, List<String> servers, Duration timeout) throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
    env.put(Context.PROVIDER_URL, servers.isEmpty() ? "dns:" : String.join(" ", servers));
    // One try per server within the per-request timeout: the provider's default retries would
    // double it.
    env.put(
        "com.sun.jndi.dns.timeout.initial",
        Long.toString(Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()))));
    env.put("com.sun.jndi.dns.timeout.retries", "1");
    DirContext context = new InitialDirContext(env);
    try {
      Attribute attribute = context.getAttributes(name, new String[] {type}).get(type);
      List<SrvRecord> records = new ArrayList<>();
      if (attribute == null) {
        return records;
      }
      NamingEnumeration<?> values = attribute.getAll();
      while (values.hasMore()) {
        String text = String.valueOf(values.next());
        SrvRecord record = type.equals("MX") ? parseMx(text) : parse(text);
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

  /** An MX record, {@code preference host}, as a record with weight and port 0. */
  private static @Nullable SrvRecord parseMx(String text) {
    String[] fields = text.strip().split("\\s+", -1);
    if (fields.length != 2) {
      return null;
    }
    String host = Hosts.canonical(fields[1]);
    if (host == null) {
      return null;
    }
    try {
      return new SrvRecord(Integer.parseInt(fields[0]), 0, 0, host);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable SrvRecord parse(String text) {
    String[] fields = text.strip().split("\\s+", -1);
    if (fields.length != 4) {
      return null;
    }
    String target = Hosts.canonical(fields[3]);
    if (target == null) {
      return null;
    }
    try {
      return new SrvRecord(
          Integer.parseInt(fields[0]),
          Integer.parseInt(fields[1]),
          Integer.parseInt(fields[2]),
          target);
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
