package nl.participationsuite.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import nl.participationsuite.testsupport.Browser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Downloads of the report pages in a logged-in browser's session, and what the browser tests read in them. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    /** A GET in the browser's session (its cookies), as a download from the page would be. */
    static HttpResponse<byte[]> get(Browser browser, String url) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The file a link on the current page downloads: 200, as an attachment. */
    static byte[] download(Browser browser, By link) throws IOException, InterruptedException {
        return download(browser, browser.driver().findElement(link).getAttribute("href"));
    }

    static byte[] download(Browser browser, String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(browser, href);
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as(href).startsWith("attachment");
        return response.body();
    }

    /** The addresses of the current page's links that match. */
    static List<String> links(Browser browser, By links) {
        return browser.driver().findElements(links).stream().map(link -> link.getAttribute("href")).distinct().toList();
    }

    /** The text of a tagged PDF, runs of white space as one space. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Keeps a download beside the screenshots, to look at after the run. */
    static byte[] keep(String name, byte[] file) throws IOException {
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name), file);
        return file;
    }

    static void assertNoPersonalData(String text, List<String> personal, String what) {
        assertThat(personal).as(what + " names no resident").noneMatch(text::contains);
    }
}
