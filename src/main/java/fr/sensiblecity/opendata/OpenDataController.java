package fr.sensiblecity.opendata;

import fr.sensiblecity.base.OpenDataset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /open-data/NAME.csv} and {@code /open-data/NAME.json} for every dataset, to anyone. The body is written
 * off the request thread as rows come from the database, so memory stays flat whatever the size.
 */
@RestController
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataCatalog catalog;
    private final JsonMapper json;

    OpenDataController(OpenDataCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/open-data/{name}.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String name) {
        return catalog.named(name).map(dataset -> ResponseEntity.ok().headers(headers(dataset, "csv")).contentType(CSV)
                .body((StreamingResponseBody) out -> CsvWriter.write(dataset, out)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/open-data/{name}.json")
    ResponseEntity<StreamingResponseBody> json(@PathVariable String name) {
        return catalog.named(name).map(dataset -> ResponseEntity.ok().headers(headers(dataset, "json"))
                .contentType(MediaType.APPLICATION_JSON)
                .body((StreamingResponseBody) out -> JsonWriter.write(dataset, out, json)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static HttpHeaders headers(OpenDataset dataset, String extension) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.inline().filename(dataset.name() + "." + extension).build());
        headers.setCacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
        headers.set("Access-Control-Allow-Origin", "*");
        return headers;
    }
}
