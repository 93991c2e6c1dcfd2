package fr.sensiblecity.opendata;

import fr.sensiblecity.base.OpenDataset;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array of objects, one per row, keyed by column name, written as it goes: nothing is held in memory. */
final class JsonWriter {

    private JsonWriter() {
    }

    static void write(OpenDataset dataset, OutputStream out, JsonMapper json) {
        List<String> names = dataset.columns().stream().map(OpenDataset.Column::name).toList();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            dataset.forEachRow(values -> {
                generator.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    generator.writeName(names.get(i));
                    value(generator, i < values.length ? values[i] : null);
                }
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
    }

    private static void value(JsonGenerator generator, Object value) {
        switch (value) {
            case null -> generator.writeNull();
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case BigDecimal number -> generator.writeNumber(number);
            case Number number -> generator.writeNumber(number.doubleValue());
            case Boolean bool -> generator.writeBoolean(bool);
            default -> generator.writeString(value.toString());
        }
    }
}
