package io.expresso.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One client connection over a plain socket, for what HTTP clients do not do on their own:
 * pipelining, sending part of a request, never reading. Reads block for at most a generous bound,
 * so a server that never answers fails the test instead of hanging it.
 */
final class RawConnection implements AutoCloseable {

    /** How long a read may block before the test gives up on the server. */
    private static final int READ_BOUND_MILLIS = 60_000;

    private final SocketChannel channel;
    private final Socket socket;
    private final InputStream in;

    RawConnection(int port) throws IOException {
        channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        socket = channel.socket();
        socket.setSoTimeout(READ_BOUND_MILLIS);
        in = socket.getInputStream();
    }

    /** A reply as it came: status, headers by lower-case name, body. */
    record Reply(int status, Map<String, String> headers, String body) {
    }

    static String post(String operation, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: AWSStepFunctions." + operation + "\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body;
    }

    static String health() {
        return "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    void send(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    Reply read() throws IOException {
        Map<String, String> headers = new HashMap<>();
        String statusLine = line();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        return new Reply(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** @return whether the server closed the connection (end of stream or reset) before the read bound */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /**
     * Writes {@code request} over and over without reading, until the server stops taking bytes
     * (the socket's buffers stay full for a second) or {@code limit} bytes were taken.
     *
     * @return the bytes the connection took
     */
    long writeUntilRefused(String request, long limit) throws IOException, InterruptedException {
        byte[] bytes = request.repeat(Math.max(1, 16_384 / request.length())).getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        channel.configureBlocking(false);
        try {
            long taken = 0;
            int refusals = 0;
            while (taken < limit && refusals < 100) {
                int written = channel.write(buffer);
                if (!buffer.hasRemaining()) {
                    buffer.rewind();
                }
                taken += written;
                if (written == 0) {
                    refusals++;
                    Thread.sleep(10);
                } else {
                    refusals = 0;
                }
            }
            return taken;
        } finally {
            channel.configureBlocking(true);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the server closed the connection in the middle of a reply");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
