package nl.participationsuite.web.security;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets Tomcat pass an encoded slash or backslash ({@code %2F}, {@code %5C}) in an address on to the
 * application, undecoded, instead of refusing it with its own HTML page: Spring Security's firewall
 * refuses it there, and {@link RejectedRequests} answers in the product's own way.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }
}
