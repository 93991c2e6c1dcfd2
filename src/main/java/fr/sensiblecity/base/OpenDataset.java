package fr.sensiblecity.base;

import java.util.List;

/**
 * A public dataset served without sign-in as {@code /open-data/NAME.csv} and {@code /open-data/NAME.json}. It
 * holds no personal data: no names, no e-mail addresses, no identity-provider subjects, no declared features of
 * individuals. Rows are streamed from the database, so that a million rows export in bounded memory.
 */
public interface OpenDataset {

    /** The file name without extension, e.g. {@code "ideas"}; lower case, digits and dashes. */
    String name();

    /** The columns, in order, each documented on the open-data page. */
    List<Column> columns();

    /** Feeds every row, in a stable order, to the sink; one value per column, {@code null} allowed. */
    void forEachRow(RowSink sink);

    /** A column and the translation key of its one-line description. */
    record Column(String name, String descriptionKey) {}

    @FunctionalInterface
    interface RowSink {
        void accept(Object... values);
    }
}
