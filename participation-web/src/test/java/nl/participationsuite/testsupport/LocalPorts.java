package nl.participationsuite.testsupport;

import java.io.IOException;
import java.net.ServerSocket;

/** Free TCP ports on this machine, for the servers and processes the tests start. */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** A port nothing listens on at this moment. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException("No free port", ex);
        }
    }
}
