package nl.participationsuite.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import nl.participationsuite.ParticipationApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Start-up against a database that is not there stops at once with one clear line naming the URL. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableIntegrationTests {

    @Test
    void failsFastWithOneLineNamingTheDatabaseUrl(CapturedOutput output) throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/participation";

        assertThatThrownBy(() -> SpringApplication.run(ParticipationApplication.class,
                "--spring.datasource.url=" + url, "--server.port=0",
                "--participation.keycloak.issuer-uri=http://127.0.0.1:1/realms/participation"))
                .isInstanceOf(RuntimeException.class);

        assertThat(output.getOut()).contains("Cannot reach the database at " + url + ": ")
                .doesNotContain("\tat org.");
    }

    /** A port nothing listens on: taken from the system, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
