package io.github.autodiscover4j.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real DNS server on a loopback UDP port that answers SRV queries from a table: enough of RFC
 * 1035 for the JDK's JNDI DNS client. Unknown names get NXDOMAIN; every query is recorded.
 */
final class DnsResponder implements AutoCloseable {
  private static final int SRV = 33;
  private static final int MX = 15;

  /** One SRV record to serve. */
  record Srv(int priority, int weight, int port, String target) {}

  private final DatagramSocket socket;
  private final Map<String, List<Srv>> records = new ConcurrentHashMap<>();
  private final Map<String, List<Srv>> mx = new ConcurrentHashMap<>();
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final java.util.Set<String> malformed = ConcurrentHashMap.newKeySet();
  private final java.util.Set<String> silent = ConcurrentHashMap.newKeySet();
  private final Thread thread;

  DnsResponder() throws SocketException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread = new Thread(this::serve, "test-dns");
    thread.setDaemon(true);
    thread.start();
  }

  /** The server's address for {@link AutodiscoverClient.Builder#dnsServers(String...)}. */
  String url() {
    return "dns://" + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  void srv(String name, Srv... answers) {
    records.put(name.toLowerCase(Locale.ROOT), List.of(answers));
  }

  /** Serves one MX record (preference, host) for a name. */
  void mx(String name, int preference, String host) {
    mx.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new CopyOnWriteArrayList<>())
        .add(new Srv(preference, 0, 0, host));
  }

  /**
   * Answers queries for a name with a question whose name points past the end of the packet, as a
   * hostile or broken server might.
   */
  void malformed(String name) {
    malformed.add(name.toLowerCase(Locale.ROOT));
  }

  /** Never answers queries for a name, as a server that drops them: the client must time out. */
  void silent(String name) {
    silent.add(name.toLowerCase(Locale.ROOT));
  }

  /** The names asked for, in order. */
  List<String> queries() {
    return List.copyOf(queries);
  }

  void reset() {
    records.clear();
    mx.clear();
    queries.clear();
    malformed.clear();
    silent.clear();
  }

  @Override
  public void close() {
    socket.close();
  }

  private void serve() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        byte[] reply = answer(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()));
        if (reply.length == 0) {
          continue; // a silent name
        }
        socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
      } catch (IOException | RuntimeException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] answer(ByteBuffer query) {
    int id = query.getShort() & 0xffff;
    int flags = query.getShort() & 0xffff;
    query.getShort(); // one question
    query.position(12);
    int questionStart = query.position();
    List<String> labels = new ArrayList<>();
    for (int length = query.get() & 0xff; length > 0; length = query.get() & 0xff) {
      byte[] label = new byte[length];
      query.get(label);
      labels.add(new String(label, java.nio.charset.StandardCharsets.US_ASCII));
    }
    int type = query.getShort() & 0xffff;
    query.getShort(); // class IN
    int questionEnd = query.position();
    String name = String.join(".", labels).toLowerCase(Locale.ROOT);
    queries.add(name);
    if (silent.contains(name)) {
      return new byte[0];
    }
    List<Srv> answers = type == SRV ? records.get(name) : type == MX ? mx.get(name) : null;

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(12);
    int rcode =
        answers == null && !records.containsKey(name) && !mx.containsKey(name)
            ? 3
            : 0; // NXDOMAIN for unknown names
    header
        .putShort((short) id)
        .putShort((short) (0x8000 | 0x0400 | (flags & 0x0100) | rcode)) // QR, AA, RD
        .putShort((short) 1)
        .putShort((short) (answers == null ? 0 : answers.size()))
        .putShort((short) 0)
        .putShort((short) 0);
    out.writeBytes(header.array());
    out.write(query.array(), questionStart, questionEnd - questionStart);
    if (malformed.contains(name)) {
      // The header, then a question whose name is a compression pointer to offset 16383, far past
      // the end of the packet.
      byte[] reply = java.util.Arrays.copyOf(out.toByteArray(), 14);
      reply[3] = (byte) (reply[3] & 0xf0); // NOERROR
      reply[12] = (byte) 0xff;
      reply[13] = (byte) 0xff;
      return reply;
    }
    if (answers != null) {
      for (Srv srv : answers) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        for (String label : srv.target().split("\\.")) {
          target.write(label.length());
          target.writeBytes(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        target.write(0);
        if (type == MX) {
          ByteBuffer rr = ByteBuffer.allocate(2 + 10 + 2 + target.size());
          rr.putShort((short) 0xc00c)
              .putShort((short) MX)
              .putShort((short) 1)
              .putInt(60)
              .putShort((short) (2 + target.size()))
              .putShort((short) srv.priority())
              .put(target.toByteArray());
          out.writeBytes(rr.array());
          continue;
        }
        ByteBuffer rr = ByteBuffer.allocate(2 + 10 + 6 + target.size());
        rr.putShort((short) 0xc00c) // the name: a pointer to the question's
            .putShort((short) SRV)
            .putShort((short) 1)
            .putInt(60)
            .putShort((short) (6 + target.size()))
            .putShort((short) srv.priority())
            .putShort((short) srv.weight())
            .putShort((short) srv.port())
            .put(target.toByteArray());
        out.writeBytes(rr.array());
      }
    }
    return out.toByteArray();
  }
}
