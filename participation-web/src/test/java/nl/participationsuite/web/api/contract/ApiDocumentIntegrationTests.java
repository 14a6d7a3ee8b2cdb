package nl.participationsuite.web.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Writes the running application's OpenAPI document to {@code target/openapi.json}, where
 * {@code deploy/local/test.sh} lints it with Redocly CLI after the build.
 */
@WebIntegrationTest
class ApiDocumentIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void writesTheOpenApiDocumentForTheLinter() throws Exception {
        var document = ApiCalls.call(port, "GET", "/v3/api-docs", null, null);
        assertThat(document.statusCode()).isEqualTo(200);
        Path file = Path.of("target", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, document.body());
        assertThat(file).isNotEmptyFile();
    }
}
