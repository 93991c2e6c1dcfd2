package fr.sensiblecity.opendata.ui;

import fr.sensiblecity.base.ui.ReadableGrid;
import fr.sensiblecity.base.ui.ReadableGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.base.OpenDataset;
import fr.sensiblecity.opendata.OpenDataCatalog;
import java.util.ResourceBundle;

/** The public datasets, each with its files, its documented columns and the licence they are published under. */
@Route(OpenDataView.ROUTE)
@AnonymousAllowed
class OpenDataView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "open-data";
    static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    OpenDataView(OpenDataCatalog catalog) {
        addClassName("sc-page");
        add(new H1(getTranslation("openData.title")), new Paragraph(getTranslation("openData.intro")));
        Paragraph licence = new Paragraph(new Span(getTranslation("openData.licence") + " "),
                new Anchor(LICENCE_URL, getTranslation("openData.licence.name")));
        licence.setId("open-data-licence");
        add(licence, new Paragraph(getTranslation("openData.format")));
        catalog.all().forEach(dataset -> add(section(dataset)));
    }

    private Div section(OpenDataset dataset) {
        String name = dataset.name();
        H2 title = new H2(translatedOr("openData.dataset." + name + ".title", name));
        Paragraph files = new Paragraph(file(name, "csv"), new Span(" · "), file(name, "json"));
        Grid<OpenDataset.Column> columns = new Grid<>();
        columns.setAriaLabel(getTranslation("openData.columns", title.getText()));
        columns.addColumn(OpenDataset.Column::name).setHeader(getTranslation("openData.column")).setAutoWidth(true)
                .setFlexGrow(0);
        columns.addColumn(column -> translatedOr(column.descriptionKey(), "")).setHeader(getTranslation("openData.meaning"));
        columns.setItems(dataset.columns());
        columns.setAllRowsVisible(true);
        ReadableGrid.wrap(columns);
        Div section = new Div(title, new Paragraph(translatedOr("openData.dataset." + name + ".description", "")), files, columns);
        section.setId("dataset-" + name);
        section.setWidthFull();
        return section;
    }

    /** A file link the browser follows itself, past Vaadin's router, since the file is not a view. */
    private Anchor file(String name, String extension) {
        Anchor link = new Anchor(ROUTE + "/" + name + "." + extension,
                getTranslation("openData.download." + extension, name + "." + extension));
        link.setRouterIgnore(true);
        link.setId("download-" + name + "-" + extension);
        return link;
    }

    /** Datasets added by other modules may not document everything yet: show what there is rather than a key. */
    private String translatedOr(String key, String fallback) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", getLocale()).containsKey(key) ? getTranslation(key)
                : fallback;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openData.title") + " | " + getTranslation("app.name");
    }
}
